package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;

/** Rule ACT15: a branch's GROUP_MEETING row adds up its groups, each group's surplus not covering another's gap. */
class ComplianceGroupsTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    static ComplianceReport.Row groupRow(List<ComplianceReport.Row> rows) {
        return rows.stream().filter(r -> r.type() == ActivityType.GROUP_MEETING).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("ACT15 two groups, monthly: required 24; 14 + 6 held -> valid 12 + 6 = 18, missing 6")
    void surplusDoesNotCover() {
        List<ComplianceReport.GroupRow> groups = ActivityService.groupRows(
                List.of(new Object[] {1L, "一组"}, new Object[] {2L, "二组"}),
                Map.of(1L, new long[] {14, 14}, 2L, new long[] {6, 6}), Frequency.MONTHLY, FROM, TO);
        assertThat(groups).extracting(ComplianceReport.GroupRow::missing).containsExactly(0L, 6L);
        Map<ActivityType, long[]> own = new EnumMap<>(ActivityType.class);
        own.put(ActivityType.GROUP_MEETING, new long[] {1, 1});
        ComplianceReport.Row row = groupRow(ActivityService.rows(Map.of(ActivityType.THEMED_PARTY_DAY,
                Frequency.MONTHLY), false, own, groups, FROM, TO));
        assertThat(row.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(row.required()).isEqualTo(24);
        assertThat(row.held()).as("the branch's own group meeting is held too").isEqualTo(21);
        assertThat(row.valid()).isEqualTo(18);
        assertThat(row.missing()).isEqualTo(6);
    }

    @Test
    @DisplayName("ACT15 without groups the GROUP_MEETING row is the organization's own (nothing required of a branch)")
    void noGroups() {
        ComplianceReport.Row row = groupRow(ActivityService.rows(Map.of(), false, Map.of(), List.of(), FROM, TO));
        assertThat(row.required()).isZero();
        assertThat(row.frequency()).isEqualTo(Frequency.NONE);
    }

    @Test
    @DisplayName("ACT15 each group exactly at its requirement: nothing missing")
    void exactly() {
        List<ComplianceReport.GroupRow> groups = ActivityService.groupRows(List.<Object[]>of(new Object[] {1L, "一组"}),
                Map.of(1L, new long[] {12, 11}), Frequency.MONTHLY, FROM, TO);
        ComplianceReport.Row row = groupRow(ActivityService.rows(Map.of(), false, Map.of(), groups, FROM, TO));
        assertThat(row.held()).isEqualTo(12);
        assertThat(row.valid()).isEqualTo(11);
        assertThat(row.missing()).isEqualTo(1);
    }
}
