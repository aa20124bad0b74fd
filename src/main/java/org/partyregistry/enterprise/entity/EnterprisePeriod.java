package org.partyregistry.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A dated period during which something (an organization formed in an enterprise, a member's work unit) was linked
 * to an enterprise (rule E8): from {@code fromOn} inclusive to {@code toOn} exclusive, the day the change happened;
 * open while {@code toOn} is null.
 */
@Embeddable
public class EnterprisePeriod {

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "from_on", nullable = false)
    private LocalDate fromOn;

    @Column(name = "to_on")
    private LocalDate toOn;

    protected EnterprisePeriod() {
    }

    public EnterprisePeriod(Long enterpriseId, LocalDate fromOn, LocalDate toOn) {
        this.enterpriseId = enterpriseId;
        this.fromOn = fromOn;
        this.toOn = toOn;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getToOn() {
        return toOn;
    }

    public boolean isOpen() {
        return toOn == null;
    }

    /** Does the link hold on {@code date}: started on or before it, not ended on or before it? */
    public boolean holdsOn(LocalDate date) {
        return !fromOn.isAfter(date) && (toOn == null || toOn.isAfter(date));
    }

    /** The latest start or end among {@code periods}, or null when there are none. */
    public static LocalDate lastChange(Collection<EnterprisePeriod> periods) {
        LocalDate last = null;
        for (EnterprisePeriod p : periods) {
            LocalDate end = p.toOn == null ? p.fromOn : p.toOn;
            if (last == null || end.isAfter(last)) {
                last = end;
            }
        }
        return last;
    }

    /** The enterprises linked by the open periods, in the order they were opened. */
    public static Set<Long> open(Collection<EnterprisePeriod> periods) {
        Set<Long> ids = new LinkedHashSet<>();
        periods.stream().filter(EnterprisePeriod::isOpen).forEach(p -> ids.add(p.enterpriseId));
        return ids;
    }

    /** The enterprises linked on {@code date}. */
    public static Set<Long> on(Collection<EnterprisePeriod> periods, LocalDate date) {
        Set<Long> ids = new LinkedHashSet<>();
        periods.stream().filter(p -> p.holdsOn(date)).forEach(p -> ids.add(p.enterpriseId));
        return ids;
    }

    /**
     * Moves {@code periods} to link exactly {@code chosen} from {@code on}: closes the open period of each
     * enterprise no longer chosen, opens one for each newly chosen. A period that would end on the day it started
     * never held on any day and is dropped. The caller checked that {@code on} is not before {@link #lastChange}.
     */
    public static void changeTo(List<EnterprisePeriod> periods, Collection<Long> chosen, LocalDate on) {
        Set<Long> open = open(periods);
        for (EnterprisePeriod p : new ArrayList<>(periods)) {
            if (p.isOpen() && !chosen.contains(p.enterpriseId)) {
                if (p.fromOn.equals(on)) {
                    periods.remove(p);
                } else {
                    p.toOn = on;
                }
            }
        }
        for (Long id : chosen) {
            if (!open.contains(id)) {
                periods.add(new EnterprisePeriod(id, on, null));
            }
        }
    }
}
