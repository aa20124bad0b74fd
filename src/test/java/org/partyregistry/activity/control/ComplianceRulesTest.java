package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.activity.control.ComplianceFixture.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;

/** Rules ACT16, ACT18, ACT19: periods a person would count, committee months, the period in progress, the rate. */
class ComplianceRulesTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    static ComplianceReport branch(LocalDate founded, LocalDate dissolved, LocalDate from, LocalDate to,
                                   LocalDate today) {
        return ComplianceFixture.defaults().organization(1, OrganizationType.BRANCH, null, founded, dissolved)
                .reports(from, to, today).get(1L);
    }

    @Test
    @DisplayName("ACT16 founded mid-quarter (2025-02-15): Q2-Q4 and March-December are required, no year")
    void foundedMidQuarter() {
        ComplianceReport report = branch(LocalDate.of(2025, 2, 15), null, FROM, TO, TODAY);
        assertThat(row(report, ActivityType.BRANCH_GENERAL_MEETING).required()).isEqualTo(3);
        assertThat(row(report, ActivityType.THEMED_PARTY_DAY).required()).isEqualTo(10);
        assertThat(row(report, ActivityType.ORGANIZATION_LIFE_MEETING).required()).isZero();
        assertThat(report.periodFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(report.periodTo()).isEqualTo(TO);
        assertThat(row(report, ActivityType.BRANCH_GENERAL_MEETING).periodFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    @DisplayName("ACT16 founded on the quarter's first day counts that quarter; a day later does not")
    void foundedOnTheFirstDay() {
        assertThat(row(branch(LocalDate.of(2025, 4, 1), null, FROM, TO, TODAY), ActivityType.BRANCH_GENERAL_MEETING)
                .required()).isEqualTo(3);
        assertThat(row(branch(LocalDate.of(2025, 4, 2), null, FROM, TO, TODAY), ActivityType.BRANCH_GENERAL_MEETING)
                .required()).isEqualTo(2);
    }

    @Test
    @DisplayName("ACT16 dissolved mid-month (2025-10-15): January-September; dissolved on 31 October keeps October")
    void dissolvedMidMonth() {
        ComplianceReport mid = branch(LONG_AGO, LocalDate.of(2025, 10, 15), FROM, TO, TODAY);
        assertThat(row(mid, ActivityType.THEMED_PARTY_DAY).required()).isEqualTo(9);
        assertThat(row(mid, ActivityType.BRANCH_GENERAL_MEETING).required()).isEqualTo(3);
        assertThat(row(mid, ActivityType.DEMOCRATIC_REVIEW).required()).isZero();
        assertThat(mid.periodTo()).isEqualTo(LocalDate.of(2025, 9, 30));
        ComplianceReport lastDay = branch(LONG_AGO, LocalDate.of(2025, 10, 31), FROM, TO, TODAY);
        assertThat(row(lastDay, ActivityType.THEMED_PARTY_DAY).required()).as("not dissolved before its last day")
                .isEqualTo(10);
        ComplianceReport dayBefore = branch(LONG_AGO, LocalDate.of(2025, 10, 30), FROM, TO, TODAY);
        assertThat(row(dayBefore, ActivityType.THEMED_PARTY_DAY).required()).isEqualTo(9);
    }

    @Test
    @DisplayName("ACT16 on 30 November the year to date requires January-October; November is in progress")
    void currentPeriodInProgress() {
        LocalDate yearStart = LocalDate.of(2026, 1, 1);
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);
        ComplianceFixture f = ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, LONG_AGO, null)
                .held(1, ActivityType.THEMED_PARTY_DAY, LocalDate.of(2026, 10, 31), true, 1)
                .held(1, ActivityType.THEMED_PARTY_DAY, LocalDate.of(2026, 11, 2), true, 1)
                .held(1, ActivityType.THEMED_PARTY_DAY, TODAY, false, 1);
        ComplianceReport report = f.reports(yearStart, yearEnd, TODAY).get(1L);
        ComplianceReport.Row themed = row(report, ActivityType.THEMED_PARTY_DAY);
        assertThat(themed.required()).isEqualTo(10);
        assertThat(themed.held()).as("October's only").isEqualTo(1);
        assertThat(themed.missing()).isEqualTo(9);
        assertThat(themed.inProgress()).isEqualTo(new ComplianceReport.InProgress(LocalDate.of(2026, 11, 1),
                TODAY, 2, 1));
        ComplianceReport.Row quarterly = row(report, ActivityType.BRANCH_GENERAL_MEETING);
        assertThat(quarterly.required()).as("Q1-Q3").isEqualTo(3);
        assertThat(quarterly.inProgress().periodFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(row(report, ActivityType.DEMOCRATIC_REVIEW).inProgress().periodTo()).isEqualTo(yearEnd);
        assertThat(report.periodTo()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(row(report, ActivityType.OTHER).inProgress()).as("nothing required, nothing in progress")
                .isNull();

        ComplianceReport.Row december = row(f.reports(yearStart, yearEnd, LocalDate.of(2026, 12, 1)).get(1L),
                ActivityType.THEMED_PARTY_DAY);
        assertThat(december.required()).as("on 1 December November has ended").isEqualTo(11);
        ComplianceReport.Row past = row(f.reports(yearStart, LocalDate.of(2026, 10, 31), TODAY).get(1L),
                ActivityType.THEMED_PARTY_DAY);
        assertThat(past.inProgress()).as("the request ends before this month").isNull();
    }

    @Test
    @DisplayName("ACT18 the 7th member full on 2025-05-11: committee meetings owed June-December, not before")
    void seventhMemberBecomesFull() {
        LocalDate seventh = LocalDate.of(2025, 5, 11);
        ComplianceFixture f = ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, LONG_AGO, null)
                .committee(1, LocalDate.of(2020, 1, 1), LocalDate.of(2016, 7, 1), 6)
                .committee(1, LocalDate.of(2020, 1, 1), seventh, 1)
                .held(1, ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2025, 3, 10), true, 1)
                .held(1, ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2025, 7, 10), true, 1);
        ComplianceReport.Row row = row(f.reports(FROM, TO, TODAY).get(1L), ActivityType.BRANCH_COMMITTEE_MEETING);
        assertThat(row.required()).isEqualTo(7);
        assertThat(row.periodFrom()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(row.held()).as("March had no committee: its meeting is not counted").isEqualTo(1);
        assertThat(row.missing()).isEqualTo(6);

        ComplianceReport.Row onTheFirst = row(ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, LONG_AGO, null)
                .committee(1, LocalDate.of(2020, 1, 1), LocalDate.of(2016, 7, 1), 6)
                .committee(1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 1), 1)
                .reports(FROM, TO, TODAY).get(1L), ActivityType.BRANCH_COMMITTEE_MEETING);
        assertThat(onTheFirst.required()).as("full on 1 June: June counts").isEqualTo(7);
    }

    @Test
    @DisplayName("ACT18 a term elected mid-year, or a member removed, starts and ends the committee months")
    void termAndRemoval() {
        ComplianceFixture f = ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, LONG_AGO, null)
                .committee(1, LocalDate.of(2025, 11, 20), LocalDate.of(2016, 7, 1), 7);
        assertThat(row(f.reports(FROM, TO, TODAY).get(1L), ActivityType.BRANCH_COMMITTEE_MEETING).required())
                .as("first term elected 20 November: December only").isEqualTo(1);
        List<CommitteeSpan> spans = List.of(
                new CommitteeSpan(1L, LocalDate.of(2020, 1, 1), null, LocalDate.of(2016, 7, 1), MemberStatus.ACTIVE,
                        null, null, 6L),
                new CommitteeSpan(1L, LocalDate.of(2020, 1, 1), null, LocalDate.of(2016, 7, 1),
                        MemberStatus.REMOVED, LocalDate.of(2025, 4, 1), null, 1L));
        assertThat(ComplianceRules.committeeOn(spans).test(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(ComplianceRules.committeeOn(spans).test(LocalDate.of(2025, 4, 1))).as("removed that day")
                .isFalse();
    }

    @Test
    @DisplayName("ACT16 from after to, a period over 10 years and a missing day are refused naming the field")
    void periodChecks() {
        assertThatThrownBy(() -> ComplianceService.checkPeriod(TO, FROM)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> ComplianceService.checkPeriod(FROM, FROM.plusYears(10)))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("to");
        ComplianceService.checkPeriod(FROM, FROM.plusYears(10).minusDays(1));
        ComplianceService.checkPeriod(FROM, FROM);
        assertThatThrownBy(() -> ComplianceService.checkPeriod(null, TO))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("from");
    }

    @Test
    @DisplayName("ACT19 the rate has 4 decimals and none when nothing is required; types are those required")
    void rateAndTypes() {
        assertThat(ComplianceMatrix.rate(25, 46)).isEqualTo(new BigDecimal("0.5435"));
        assertThat(ComplianceMatrix.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(ComplianceMatrix.rate(0, 22)).isEqualTo(new BigDecimal("0.0000"));
        assertThat(ComplianceMatrix.rate(0, 0)).isNull();
        assertThat(ComplianceService.requiredTypes(ComplianceFixture.defaults()
                .require(OrganizationType.GROUP, ActivityType.OTHER, Frequency.NONE).facts().frequencies()))
                .containsExactly(ActivityType.BRANCH_GENERAL_MEETING, ActivityType.BRANCH_COMMITTEE_MEETING,
                        ActivityType.GROUP_MEETING, ActivityType.PARTY_LECTURE, ActivityType.THEMED_PARTY_DAY,
                        ActivityType.ORGANIZATION_LIFE_MEETING, ActivityType.DEMOCRATIC_REVIEW);
    }

    @Test
    @DisplayName("ACT15 ACT16 a group founded mid-year owes its months from then; a dissolved group stays listed")
    void groupsClipped() {
        ComplianceFixture f = ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, LONG_AGO, null)
                .organization(2, OrganizationType.GROUP, 1L, LocalDate.of(2025, 7, 1), null)
                .organization(3, OrganizationType.GROUP, 1L, LONG_AGO, LocalDate.of(2025, 3, 31))
                .organization(4, OrganizationType.GROUP, 1L, LONG_AGO, LocalDate.of(2024, 12, 1));
        ComplianceReport report = f.reports(FROM, TO, TODAY).get(1L);
        assertThat(report.groups()).extracting(ComplianceReport.GroupRow::organizationId).containsExactly(2L, 3L);
        assertThat(report.groups()).extracting(ComplianceReport.GroupRow::required).containsExactly(6, 3);
        assertThat(row(report, ActivityType.GROUP_MEETING).required()).isEqualTo(9);
    }

    static ComplianceMatrix.Row matrixRow(long id, int depth, long missing) {
        return new ComplianceMatrix.Row(id, "org" + id, OrganizationType.BRANCH, null, depth, null,
                java.util.Map.of(), 0, 0, missing, null);
    }

    @Test
    @DisplayName("ACT19 subtotals: each organization directly below the chosen one with its subtree")
    void subtotals() {
        List<ComplianceMatrix.Row> rows = List.of(matrixRow(1, 0, 0), matrixRow(2, 1, 1), matrixRow(3, 2, 0),
                matrixRow(4, 2, 2), matrixRow(5, 1, 0));
        List<ComplianceService.Counted> sums = List.of(ComplianceService.Counted.NONE,
                new ComplianceService.Counted(10, 9, 1), new ComplianceService.Counted(12, 12, 0),
                new ComplianceService.Counted(12, 10, 2), ComplianceService.Counted.NONE);
        List<ComplianceMatrix.Subtotal> subtotals = ComplianceService.subtotals(rows, sums);
        assertThat(subtotals).extracting(ComplianceMatrix.Subtotal::organizationId).containsExactly(2L, 5L);
        ComplianceMatrix.Subtotal first = subtotals.get(0);
        assertThat(List.of(first.required(), (int) first.valid(), (int) first.missing(), first.organizations(),
                first.behind())).containsExactly(34, 31, 3, 3, 2);
        assertThat(first.rate()).isEqualTo(new BigDecimal("0.9118"));
        assertThat(subtotals.get(1).rate()).as("nothing required").isNull();
        assertThat(subtotals.get(1).organizations()).isEqualTo(1);
    }
}
