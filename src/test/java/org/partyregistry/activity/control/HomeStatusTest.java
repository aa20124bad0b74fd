package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;

class HomeStatusTest {

    private static final LocalDate Q4 = LocalDate.of(2026, 10, 1);
    private static final LocalDate Q4_END = LocalDate.of(2026, 12, 31);
    private static final ComplianceReport.InProgress NOVEMBER_NOTHING = new ComplianceReport.InProgress(
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 0, 0);

    private static ComplianceReport.Row row(ActivityType type, Frequency frequency, int required, long held,
                                           long valid, ComplianceReport.InProgress progress) {
        return new ComplianceReport.Row(type, frequency, required, held, valid, Math.max(0, required - valid),
                required == 0 ? null : Q4, required == 0 ? null : LocalDate.of(2026, 10, 31), progress);
    }

    private static ComplianceReport report(List<ComplianceReport.Row> rows, List<ComplianceReport.GroupRow> groups) {
        return new ComplianceReport(1L, "Branch", Q4, Q4_END, rows, groups);
    }

    @Test
    @DisplayName("ACT16: on 30 November the month in progress is owed once and due, not missing; October's is missing")
    void monthInProgressIsDueNotMissing() {
        HomeStatus status = HomeStatus.of(report(List.of(
                row(ActivityType.THEMED_PARTY_DAY, Frequency.MONTHLY, 1, 0, 0, NOVEMBER_NOTHING)), null));

        assertThat(status.lines()).containsExactly(
                new HomeStatus.Line(ActivityType.THEMED_PARTY_DAY, 2, 0, 1, 1));
        assertThat(status.getOwed()).isEqualTo(2);
        assertThat(status.getMissing()).isEqualTo(1);
        assertThat(status.getOpen()).isEqualTo(1);
    }

    @Test
    @DisplayName("ACT16: a meeting held in the period in progress makes it held; two held count once")
    void heldInProgressCountsOnce() {
        ComplianceReport.InProgress twice = new ComplianceReport.InProgress(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), 2, 2);
        HomeStatus status = HomeStatus.of(report(List.of(
                row(ActivityType.THEMED_PARTY_DAY, Frequency.MONTHLY, 1, 3, 1, twice)), null));

        assertThat(status.lines()).containsExactly(
                new HomeStatus.Line(ActivityType.THEMED_PARTY_DAY, 2, 2, 0, 0));
    }

    @Test
    @DisplayName("types owing nothing this quarter are left out; an invalid meeting is held but not counted")
    void nothingOwedIsLeftOut() {
        HomeStatus status = HomeStatus.of(report(List.of(
                row(ActivityType.BRANCH_COMMITTEE_MEETING, Frequency.MONTHLY, 0, 0, 0, null),
                row(ActivityType.BRANCH_GENERAL_MEETING, Frequency.QUARTERLY, 0, 1, 0,
                        new ComplianceReport.InProgress(Q4, Q4_END, 1, 0))), null));

        assertThat(status.lines()).containsExactly(
                new HomeStatus.Line(ActivityType.BRANCH_GENERAL_MEETING, 1, 0, 0, 1));
    }

    @Test
    @DisplayName("ACT15: a branch's group meetings in progress are owed once per group, each group's held counted once")
    void groupMeetingsInProgressPerGroup() {
        ComplianceReport.InProgress heldOnce = new ComplianceReport.InProgress(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), 1, 1);
        List<ComplianceReport.GroupRow> groups = List.of(
                new ComplianceReport.GroupRow(2L, "Group 1", Frequency.MONTHLY, 1, 1, 1, 0, Q4,
                        LocalDate.of(2026, 10, 31), heldOnce),
                new ComplianceReport.GroupRow(3L, "Group 2", Frequency.MONTHLY, 1, 0, 0, 1, Q4,
                        LocalDate.of(2026, 10, 31), NOVEMBER_NOTHING));
        ComplianceReport.InProgress summed = new ComplianceReport.InProgress(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), 1, 1);
        HomeStatus status = HomeStatus.of(report(List.of(
                row(ActivityType.GROUP_MEETING, Frequency.MONTHLY, 2, 2, 1, summed)), groups));

        assertThat(status.lines()).containsExactly(new HomeStatus.Line(ActivityType.GROUP_MEETING, 4, 2, 1, 1));
    }
}
