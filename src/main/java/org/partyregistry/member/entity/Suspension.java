package org.partyregistry.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A period of suspended membership (lost contact): {@code until} is null while it lasts (rule M10, M11). */
@Embeddable
public class Suspension {

    @Column(name = "suspended_from", nullable = false)
    private LocalDate fromDate;

    @Column(name = "suspended_until")
    private LocalDate untilDate;

    protected Suspension() {
    }

    public Suspension(LocalDate from, LocalDate until) {
        this.fromDate = from;
        this.untilDate = until;
    }

    public LocalDate getFrom() {
        return fromDate;
    }

    public LocalDate getUntil() {
        return untilDate;
    }

    public boolean isOpen() {
        return untilDate == null;
    }

    void close(LocalDate on) {
        this.untilDate = on;
    }

    /** Days of this period inside [start, asOf): the end day is the day membership resumes. */
    long daysWithin(LocalDate start, LocalDate asOf) {
        LocalDate a = fromDate.isBefore(start) ? start : fromDate;
        LocalDate end = untilDate == null || untilDate.isAfter(asOf) ? asOf : untilDate;
        return end.isAfter(a) ? ChronoUnit.DAYS.between(a, end) : 0;
    }
}
