package org.partyregistry.dues.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

class DuesRecordsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    Organization branch;

    @BeforeEach
    void tree() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(1950, 1, 1), TODAY), 1);
        zone.anchor();
        branch = Ids.withId(new Organization("示例支部", OrganizationType.BRANCH, zone, LocalDate.of(1950, 1, 1),
                TODAY), 2);
        branch.anchor();
    }

    Member member(Steps steps) {
        return new Member(new Member.Person("示例党员", null, null, null, null, null),
                IdNumber.parse("370700196001010016", TODAY), "c", "h", branch, null, steps, List.of(), null, null,
                TODAY);
    }

    @Test
    @DisplayName("D11 a member recorded with only a full-membership date owes from that month")
    void onlyFullMembershipDate() {
        Member old = member(new Steps(null, null, null, null, LocalDate.of(1990, 7, 1)));
        assertThat(DuesRecords.firstMonthOwed(old, 2026)).isEqualTo(YearMonth.of(2026, 1));
        Member recent = member(new Steps(null, null, null, null, LocalDate.of(2026, 7, 1)));
        assertThat(DuesRecords.firstMonthOwed(recent, 2026)).isEqualTo(YearMonth.of(2026, 7));
        assertRefused(() -> DuesRecords.firstMonthOwed(recent, 2025), "dues.beforeAdmission", "year");
    }

    @Test
    @DisplayName("D11 the probationary step wins when both dates are on record")
    void probationaryStepFirst() {
        Member member = member(new Steps(null, null, null, LocalDate.of(2025, 3, 5), LocalDate.of(2026, 3, 5)));
        assertThat(DuesRecords.firstMonthOwed(member, 2025)).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    @DisplayName("D11 no year is fixed for a deceased or removed member, even one before the death")
    void notAfterDeathOrRemoval() {
        Member deceased = member(new Steps(null, null, null, null, LocalDate.of(1990, 7, 1)));
        deceased.recordDeath(LocalDate.of(2026, 3, 10), TODAY);
        assertRefused(() -> DuesRecords.firstMonthOwed(deceased, 2026), "dues.memberDeceased", "memberId");
        assertRefused(() -> DuesRecords.firstMonthOwed(deceased, 2025), "dues.memberDeceased", "memberId");
        Member removed = member(new Steps(null, null, null, null, LocalDate.of(1990, 7, 1)));
        removed.remove(LocalDate.of(2026, 3, 10), null, TODAY);
        assertRefused(() -> DuesRecords.firstMonthOwed(removed, 2026), "dues.memberRemoved", "memberId");
    }

    @Test
    @DisplayName("D8 the arrears window on the first of a month: the last complete month is the one before")
    void window() {
        DuesRecords.Window window = DuesRecords.Window.of(LocalDate.of(2026, 4, 1));
        assertThat(window.lastComplete()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(window.threshold()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(window.admittedBefore()).isEqualTo(LocalDate.of(2026, 2, 1));
    }
}
