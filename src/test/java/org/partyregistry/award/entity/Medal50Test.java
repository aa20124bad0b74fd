package org.partyregistry.award.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.award.entity.AwardFixtures.TODAY;
import static org.partyregistry.award.entity.AwardFixtures.fullSince;
import static org.partyregistry.award.entity.AwardFixtures.member;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;

class Medal50Test {

    @Test
    @DisplayName("AW1 standing from 1976-07-01 reaches 50 years on 2026-07-01: a candidate for 2026")
    void fiftyYearsOnJulyFirst() {
        Member member = fullSince(LocalDate.of(1976, 7, 1));
        assertThat(Medal50.standingYears(member, 2026)).isEqualTo(50);
        assertThat(Medal50.check(member, 2026, false)).isNull();
    }

    @Test
    @DisplayName("AW1 a candidates' row (suspended days summed by the query) counts its years as the member does")
    void standingRowCountsLikeTheMember() {
        Medal50.Standing row = new Medal50.Standing(1L, "示例", LocalDate.of(1976, 6, 29), 2L, 2L, "支部");
        assertThat(row.years(2026)).isEqualTo(50);
        Medal50.Standing later = new Medal50.Standing(1L, "示例", LocalDate.of(1976, 6, 30), 2L, 2L, "支部");
        assertThat(later.years(2026)).isEqualTo(49);
        assertThat(later.years(2027)).isEqualTo(50);
    }

    @Test
    @DisplayName("AW1 standing from 1976-07-02 is one day short on 2026-07-01: not a candidate until 2027")
    void oneDayShort() {
        Member member = fullSince(LocalDate.of(1976, 7, 2));
        assertThat(Medal50.standingYears(member, 2026)).isEqualTo(49);
        assertThat(Medal50.check(member, 2026, false)).isEqualTo(Medal50.Ineligible.STANDING_TOO_SHORT);
        assertThat(Medal50.check(member, 2027, false)).isNull();
    }

    @Test
    @DisplayName("AW1 a suspension period is taken out of the standing and pushes a member below 50")
    void suspensionPushesBelowFifty() {
        LocalDate start = LocalDate.of(1975, 3, 1);
        Member clean = fullSince(start);
        assertThat(Medal50.standingYears(clean, 2026)).isEqualTo(51);
        Member suspended = member(new Steps(null, null, null, start, null),
                List.of(new Suspension(LocalDate.of(1990, 1, 1), LocalDate.of(1991, 6, 1))), null, null);
        assertThat(Medal50.standingYears(suspended, 2026)).isEqualTo(49);
        assertThat(Medal50.check(suspended, 2026, false)).isEqualTo(Medal50.Ineligible.STANDING_TOO_SHORT);
        assertThat(Medal50.check(suspended, 2027, false)).isNull();
    }

    @Test
    @DisplayName("AW2 admitted 1976-06-15 without probation (1969-04-01..1977-08-11): standing from admission")
    void admittedWithoutProbation() {
        Member member = member(new Steps(null, null, null, LocalDate.of(1976, 6, 15), null), List.of(), null, null);
        assertThat(member.getStage()).isEqualTo(Stage.FULL);
        assertThat(member.getPartyStandingStart()).isEqualTo(LocalDate.of(1976, 6, 15));
        assertThat(Medal50.standingYears(member, 2026)).isEqualTo(50);
        assertThat(Medal50.check(member, 2026, false)).isNull();
        Member later = member(new Steps(null, null, null, LocalDate.of(1976, 7, 2), null), List.of(), null, null);
        assertThat(later.getPartyStandingStart()).isEqualTo(LocalDate.of(1976, 7, 2));
        assertThat(Medal50.check(later, 2026, false)).isEqualTo(Medal50.Ineligible.STANDING_TOO_SHORT);
    }

    @Test
    @DisplayName("AW1 a member admitted 1977-09-01 after the era counts from full membership in 1978")
    void afterTheEraProbationCounts() {
        Member member = member(new Steps(null, null, null, LocalDate.of(1977, 9, 1), LocalDate.of(1978, 9, 1)),
                List.of(), null, null);
        assertThat(member.getPartyStandingStart()).isEqualTo(LocalDate.of(1978, 9, 1));
        assertThat(Medal50.check(member, 2027, false)).isEqualTo(Medal50.Ineligible.STANDING_TOO_SHORT);
        assertThat(Medal50.check(member, 2029, false)).isNull();
    }

    @Test
    @DisplayName("AW1 deceased, currently suspended or already awarded members are not candidates")
    void livingActiveNotAwarded() {
        Steps steps = new Steps(null, null, null, LocalDate.of(1970, 5, 1), null);
        Member deceased = member(steps, List.of(), MemberStatus.DECEASED, LocalDate.of(2024, 3, 1));
        assertThat(Medal50.check(deceased, 2026, false)).isEqualTo(Medal50.Ineligible.NOT_ON_ROSTER);
        Member suspended = member(steps, List.of(), MemberStatus.SUSPENDED, LocalDate.of(2025, 1, 1));
        assertThat(Medal50.check(suspended, 2026, false)).isEqualTo(Medal50.Ineligible.NOT_ON_ROSTER);
        Member active = member(steps, List.of(), null, null);
        assertThat(Medal50.check(active, 2026, true)).isEqualTo(Medal50.Ineligible.ALREADY_AWARDED);
        assertThat(Medal50.check(active, 2026, false)).isNull();
    }

    @Test
    @DisplayName("AW1 a probationary member is not a candidate however long ago they applied")
    void fullMembersOnly() {
        Member probationary = member(new Steps(LocalDate.of(2025, 1, 1), null, null, LocalDate.of(2025, 12, 1),
                null), List.of(), null, null);
        assertThat(Medal50.check(probationary, 2026, false)).isEqualTo(Medal50.Ineligible.NOT_FULL_MEMBER);
    }

    @Test
    @DisplayName("AW2 a staff correction of the standing start counts")
    void correctedStandingStart() {
        Member member = fullSince(LocalDate.of(1980, 1, 1));
        assertThat(Medal50.check(member, 2026, false)).isEqualTo(Medal50.Ineligible.STANDING_TOO_SHORT);
        member.correctStandingStart(LocalDate.of(1976, 5, 1), "档案核实", TODAY);
        assertThat(Medal50.check(member, 2026, false)).isNull();
        assertThat(Medal50.latestStart(2026)).isEqualTo(LocalDate.of(1976, 7, 1));
    }
}
