package org.partyregistry.home.boundary;

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
import org.partyregistry.organization.control.DueCount;
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
 * <p>
 * Each card is read when the page first asks for it, once a request: the cards that read the whole scope (compliance,
 * coverage, dues) sit in panels the page fills after it has loaded (rule H2), and the request that fills one panel
 * reads only that panel's figures.
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

    /** Rule O8 on the home page: terms due within this many days, the soonest of them listed. */
    static final int DUE_DAYS = 180;
    public static final int DUE_SHOWN = 10;

    /** The zone's (or a subtree's) compliance at a glance: the rate and how many organizations fall behind. */
    public record ComplianceGlance(Long organizationId, LocalDate from, LocalDate to, BigDecimal rate,
                                   long organizations, long behind) {
    }

    private CoverageCounts zone;
    private HomeStatus status;
    private ComplianceGlance glance;
    private Map<OrganizationType, Long> counts;
    private List<TermView> due;
    private DueCount dueCount;
    private Long missingTerms;
    private ArrearsCounts behind;
    /** Which of the cards read as null have been read already (null is a card's answer for "nothing to show"). */
    private boolean statusRead;
    private boolean glanceRead;
    private boolean zoneRead;

    /** Rule H1: staff and administrators see the whole zone's cards. */
    public boolean isZoneView() {
        return currentUser.scope().seesEverything();
    }

    /** The secretary's organization over the current quarter (null for staff bound to no organization). */
    public HomeStatus getStatus() {
        if (!statusRead) {
            statusRead = true;
            Long own = currentUser.scope().organizationId();
            if (own != null) {
                LocalDate today = clock.today();
                LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                ComplianceReport report = FacesActions.attempt(
                        () -> compliance.compliance(own, quarter, quarter.plusMonths(3).minusDays(1)));
                status = report == null ? null : HomeStatus.of(report);
            }
        }
        return status;
    }

    /** The zone's compliance this year so far (the table's default), for staff and administrators; else null. */
    public ComplianceGlance getCompliance() {
        if (!glanceRead) {
            glanceRead = true;
            if (isZoneView()) {
                LocalDate today = clock.today();
                LocalDate from = today.withDayOfYear(1);
                ComplianceMatrix matrix = FacesActions.attempt(() -> compliance.matrix(null, from, today, false));
                if (matrix != null && !matrix.rows().isEmpty()) {
                    glance = new ComplianceGlance(matrix.organizationId(), from, today, matrix.total().rate(),
                            matrix.total().organizations(), matrix.total().behind());
                }
            }
        }
        return glance;
    }

    /** The zone's coverage today, for staff and administrators (null for a secretary). */
    public CoverageCounts getZone() {
        if (!zoneRead) {
            zoneRead = true;
            if (isZoneView()) {
                zone = coverage.report(clock.today(), null).total();
            }
        }
        return zone;
    }

    public String percent(java.math.BigDecimal rate) {
        if (rate == null) {
            return "—";
        }
        return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public List<Map.Entry<OrganizationType, Long>> getCounts() {
        if (counts == null) {
            counts = new EnumMap<>(OrganizationType.class);
            for (TypeCount row : organizations.counts()) {
                counts.put(row.type(), row.organizations());
            }
        }
        return List.copyOf(counts.entrySet());
    }

    /** Members 3 to 5 months behind with dues (rule D8). */
    public long getDuesReminders() {
        return arrearsCounts().reminders();
    }

    /** Members 6 months or more behind with dues (rule D8). */
    public long getDuesAlerts() {
        return arrearsCounts().alerts();
    }

    private ArrearsCounts arrearsCounts() {
        if (behind == null) {
            behind = arrears.counts(null);
        }
        return behind;
    }

    /** Rule O8: the soonest terms due within 180 days (the whole list is the terms page's). */
    public List<TermView> getDue() {
        if (due == null) {
            due = terms.due(DUE_DAYS, 0, DUE_SHOWN);
        }
        return due;
    }

    /** Rule O8: how many terms are due within 180 days, and how many of them are overdue. */
    public DueCount getDueCount() {
        if (dueCount == null) {
            dueCount = terms.countDue(DUE_DAYS);
        }
        return dueCount;
    }

    public long getMissingTerms() {
        if (missingTerms == null) {
            missingTerms = tree.countWithoutTerm();
        }
        return missingTerms;
    }

    public java.time.LocalDate getToday() {
        return clock.today();
    }
}
