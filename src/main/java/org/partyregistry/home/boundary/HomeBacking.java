package org.partyregistry.home.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.control.ComplianceMatrix;
import org.partyregistry.activity.control.ComplianceReport;
import org.partyregistry.activity.control.ComplianceService;
import org.partyregistry.activity.control.HomeStatus;
import org.partyregistry.dues.control.ArrearsCounts;
import org.partyregistry.dues.control.DuesArrearsService;
import org.partyregistry.organization.control.OrganizationTree;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.control.TypeCount;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.enterprise.control.CoverageCounts;
import org.partyregistry.enterprise.control.CoverageReportService;
import org.partyregistry.security.CurrentUser;

/**
 * The home page: organizations at a glance, the terms and the dues arrears that need attention, within the viewer's
 * scope; for a secretary first their organization's status of the quarter with the button to record an activity; for
 * staff and administrators also the zone's coverage rates today and its compliance this year so far.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    OrganizationService organizations;

    @Inject
    TermService terms;

    @Inject
    OrganizationTree tree;

    @Inject
    ChinaClock clock;

    @Inject
    CoverageReportService coverage;

    @Inject
    CurrentUser currentUser;

    @Inject
    DuesArrearsService arrears;

    @Inject
    ComplianceService compliance;

    /** The zone's (or a subtree's) compliance at a glance: the rate and how many organizations fall behind. */
    public record ComplianceGlance(Long organizationId, LocalDate from, LocalDate to, BigDecimal rate,
                                   long organizations, long behind) {
    }

    private CoverageCounts zone;
    private HomeStatus status;
    private ComplianceGlance glance;

    private final Map<OrganizationType, Long> counts = new EnumMap<>(OrganizationType.class);
    private List<TermView> due;
    private long missingTerms;
    private long duesReminders;
    private long duesAlerts;

    @PostConstruct
    void load() {
        for (TypeCount row : organizations.counts()) {
            counts.put(row.type(), row.organizations());
        }
        missingTerms = tree.countWithoutTerm();
        due = terms.due(180);
        ArrearsCounts behind = arrears.counts(null);
        duesAlerts = behind.alerts();
        duesReminders = behind.reminders();
        LocalDate today = clock.today();
        if (currentUser.scope().seesEverything()) {
            zone = coverage.report(today, null).total();
            glance(today);
        }
        Long own = currentUser.scope().organizationId();
        if (own != null) {
            LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            ComplianceReport report = FacesActions.attempt(
                    () -> compliance.compliance(own, quarter, quarter.plusMonths(3).minusDays(1)));
            status = report == null ? null : HomeStatus.of(report);
        }
    }

    /** The zone's compliance over the year to date (the table's default), from the zone-wide table. */
    private void glance(LocalDate today) {
        LocalDate from = today.withDayOfYear(1);
        ComplianceMatrix matrix = FacesActions.attempt(() -> compliance.matrix(null, from, today, false));
        if (matrix != null && !matrix.rows().isEmpty()) {
            glance = new ComplianceGlance(matrix.organizationId(), from, today, matrix.total().rate(), matrix.total().organizations(),
                    matrix.total().behind());
        }
    }

    /** The secretary's organization over the current quarter (null for staff bound to no organization). */
    public HomeStatus getStatus() {
        return status;
    }

    /** The zone's compliance this year so far, for staff and administrators (null for a secretary). */
    public ComplianceGlance getCompliance() {
        return glance;
    }

    /** The zone's coverage today, for staff and administrators (null for a secretary). */
    public CoverageCounts getZone() {
        return zone;
    }

    public String percent(java.math.BigDecimal rate) {
        if (rate == null) {
            return "—";
        }
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
