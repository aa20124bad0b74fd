package org.partyregistry.report.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.dues.control.ArrearsRow;
import org.partyregistry.dues.control.DuesArrearsService;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.organization.control.OrganizationNode;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.report.control.CoverageCounts;
import org.partyregistry.report.control.CoverageReportService;
import org.partyregistry.security.CurrentUser;

/**
 * The home page: organizations at a glance, the terms and the dues arrears that need attention, within the viewer's
 * scope; for staff and administrators also the zone's coverage rates today.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    OrganizationService organizations;

    @Inject
    TermService terms;

    @Inject
    ChinaClock clock;

    @Inject
    CoverageReportService coverage;

    @Inject
    CurrentUser currentUser;

    @Inject
    DuesArrearsService arrears;

    private CoverageCounts zone;

    private final Map<OrganizationType, Long> counts = new EnumMap<>(OrganizationType.class);
    private List<TermView> due;
    private long missingTerms;
    private long duesReminders;
    private long duesAlerts;

    @PostConstruct
    void load() {
        List<OrganizationNode> nodes = organizations.tree(false);
        for (OrganizationNode node : nodes) {
            counts.merge(node.type(), 1L, Long::sum);
        }
        missingTerms = nodes.stream().filter(OrganizationNode::termMissing).count();
        due = terms.due(180);
        for (ArrearsRow row : arrears.arrears(null)) {
            if (row.level() == ArrearsLevel.ALERT) {
                duesAlerts++;
            } else {
                duesReminders++;
            }
        }
        if (currentUser.scope().seesEverything()) {
            zone = coverage.report(clock.today(), null).total();
        }
    }

    /** The zone's coverage today, for staff and administrators (null for a secretary). */
    public CoverageCounts getZone() {
        return zone;
    }

    public String percent(java.math.BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public List<Map.Entry<OrganizationType, Long>> getCounts() {
        return List.copyOf(counts.entrySet());
    }

    /** Members 3 to 5 months behind with dues (rule D8). */
    public long getDuesReminders() {
        return duesReminders;
    }

    /** Members 6 months or more behind with dues (rule D8). */
    public long getDuesAlerts() {
        return duesAlerts;
    }

    public List<TermView> getDue() {
        return due;
    }

    public long getOverdue() {
        return due.stream().filter(t -> t.daysLeft() < 0).count();
    }

    public long getMissingTerms() {
        return missingTerms;
    }

    public java.time.LocalDate getToday() {
        return clock.today();
    }
}
