package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.activity.control.ComplianceFixture.row;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.organization.entity.OrganizationType;

/** Rule ACT15: a branch's GROUP_MEETING row adds up its groups, each group's surplus not covering another's gap. */
class ComplianceGroupsTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    static ComplianceFixture branchWithGroups() {
        return ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, FOUNDED, null)
                .organization(2, OrganizationType.GROUP, 1L, FOUNDED, null)
                .organization(3, OrganizationType.GROUP, 1L, FOUNDED, null);
    }

    /** {@code count} valid group meetings of the group, one a month from January (then in December). */
    static ComplianceFixture meetings(ComplianceFixture f, long group, int count, boolean valid) {
        for (int i = 0; i < count; i++) {
            f.held(group, ActivityType.GROUP_MEETING, FROM.plusMonths(Math.min(i, 11)).plusDays(i / 12), valid, 1);
        }
        return f;
    }

    @Test
    @DisplayName("ACT15 two groups, monthly: required 24; 14 + 6 held -> valid 12 + 6 = 18, missing 6")
    void surplusDoesNotCover() {
        ComplianceFixture f = meetings(meetings(branchWithGroups(), 2, 14, true), 3, 6, true);
        ComplianceReport branch = f.reports(FROM, TO, TODAY).get(1L);
        assertThat(branch.groups()).extracting(ComplianceReport.GroupRow::missing).containsExactly(0L, 6L);
        ComplianceReport.Row row = row(branch, ActivityType.GROUP_MEETING);
        assertThat(row.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(row.required()).isEqualTo(24);
        assertThat(row.held()).isEqualTo(20);
        assertThat(row.valid()).isEqualTo(18);
        assertThat(row.missing()).isEqualTo(6);
    }

    @Test
    @DisplayName("ACT15 without groups the GROUP_MEETING row requires nothing of a branch")
    void noGroups() {
        ComplianceReport branch = ComplianceFixture.defaults()
                .organization(1, OrganizationType.BRANCH, null, FOUNDED, null).reports(FROM, TO, TODAY).get(1L);
        ComplianceReport.Row row = row(branch, ActivityType.GROUP_MEETING);
        assertThat(row.required()).isZero();
        assertThat(row.frequency()).isEqualTo(Frequency.NONE);
        assertThat(branch.groups()).isNull();
    }

    @Test
    @DisplayName("ACT15 one group at its requirement but one meeting invalid: missing 1")
    void exactly() {
        ComplianceFixture f = meetings(branchWithGroups(), 2, 11, true);
        f.held(2, ActivityType.GROUP_MEETING, LocalDate.of(2025, 12, 10), false, 1);
        meetings(f, 3, 12, true);
        ComplianceReport.Row row = row(f.reports(FROM, TO, TODAY).get(1L), ActivityType.GROUP_MEETING);
        assertThat(row.held()).isEqualTo(24);
        assertThat(row.valid()).isEqualTo(23);
        assertThat(row.missing()).isEqualTo(1);
    }
}
