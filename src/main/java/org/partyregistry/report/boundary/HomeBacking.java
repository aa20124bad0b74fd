package org.partyregistry.report.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * The home page: organizations at a glance and the terms that need attention, within the viewer's scope; for staff
 * and administrators also the zone's coverage rates today.
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

    private CoverageCounts zone;

    private final Map<OrganizationType, Long> counts = new EnumMap<>(OrganizationType.class);
    private List<TermView> due;
    private long missingTerms;

    @PostConstruct
    void load() {
        List<OrganizationNode> nodes = organizations.tree(false);
        for (OrganizationNode node : nodes) {
            counts.merge(node.type(), 1L, Long::sum);
        }
        missingTerms = nodes.stream().filter(OrganizationNode::termMissing).count();
        due = terms.due(180);
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
