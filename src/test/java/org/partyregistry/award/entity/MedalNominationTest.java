package org.partyregistry.award.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.award.entity.AwardFixtures.TODAY;
import static org.partyregistry.award.entity.AwardFixtures.fullSince;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.ConflictException;

class MedalNominationTest {

    static final LocalDate CEREMONY = LocalDate.of(2026, 6, 30);

    private MedalNomination candidate() {
        Member member = fullSince(LocalDate.of(1975, 5, 1));
        return new MedalNomination(2026, member, "secretary", TODAY);
    }

    @Test
    @DisplayName("AW4-AW6 confirmed by the branch, approved by the committee, awarded on the ceremony date")
    void happyPath() {
        MedalNomination n = candidate();
        assertThat(n.getStandingYears()).isEqualTo(51);
        n.confirm("secretary", TODAY);
        assertThat(n.getState()).isEqualTo(NominationState.CONFIRMED);
        n.approve("staff", TODAY);
        assertThat(n.getState()).isEqualTo(NominationState.APPROVED);
        n.award(CEREMONY, null, "staff", TODAY);
        assertThat(n.getState()).isEqualTo(NominationState.AWARDED);
        assertThat(n.getAwardedOn()).isEqualTo(CEREMONY);
        assertThat(n.getNote()).isNull();
    }

    @Test
    @DisplayName("AW4 an exclusion needs a reason; the branch may change its mind until the committee approves")
    void exclusionNeedsReason() {
        MedalNomination n = candidate();
        assertRefused(() -> n.exclude("  ", "secretary", TODAY), "medal.reasonRequired", "reason");
        n.exclude("长期失联后恢复，表现待考察", "secretary", TODAY);
        assertThat(n.getState()).isEqualTo(NominationState.EXCLUDED);
        assertThat(n.getReason()).isEqualTo("长期失联后恢复，表现待考察");
        n.confirm("secretary", TODAY);
        assertThat(n.getState()).isEqualTo(NominationState.CONFIRMED);
        assertThat(n.getReason()).isNull();
        n.approve("staff", TODAY);
        assertRefused(() -> n.exclude("迟到", "secretary", TODAY), "medal.alreadyApproved", null);
        assertRefused(() -> n.confirm("secretary", TODAY), "medal.alreadyApproved", null);
    }

    @Test
    @DisplayName("AW5 only a confirmed candidate is approved")
    void approveNeedsConfirmation() {
        MedalNomination pending = candidate();
        assertRefused(() -> pending.approve("staff", TODAY), "medal.approveNotConfirmed", null);
        MedalNomination excluded = candidate();
        excluded.exclude("理由", "secretary", TODAY);
        assertRefused(() -> excluded.approve("staff", TODAY), "medal.approveNotConfirmed", null);
    }

    @Test
    @DisplayName("AW6 without approval only a direct award with a note; never for an excluded candidate")
    void directAward() {
        MedalNomination confirmed = candidate();
        confirmed.confirm("secretary", TODAY);
        assertRefused(() -> confirmed.award(CEREMONY, " ", "staff", TODAY), "medal.awardNotApproved", "note");
        confirmed.award(CEREMONY, "党工委会议研究决定", "staff", TODAY);
        assertThat(confirmed.getState()).isEqualTo(NominationState.AWARDED);
        assertThat(confirmed.getNote()).isEqualTo("党工委会议研究决定");
        assertThat(confirmed.getApprovedBy()).isEqualTo("staff");
        MedalNomination excluded = candidate();
        excluded.exclude("理由", "secretary", TODAY);
        assertRefused(() -> excluded.award(CEREMONY, "说明", "staff", TODAY), "medal.awardExcluded", "memberId");
    }

    @Test
    @DisplayName("AW7 the ceremony lies in the round's year, not in the future; a second award is a conflict")
    void ceremonyDateAndOnce() {
        MedalNomination n = candidate();
        n.confirm("secretary", TODAY);
        n.approve("staff", TODAY);
        assertRefused(() -> n.award(null, null, "staff", TODAY), "medal.awardedOnRequired", "awardedOn");
        assertRefused(() -> n.award(LocalDate.of(2025, 12, 31), null, "staff", TODAY), "medal.awardedOnOtherYear",
                "awardedOn");
        assertRefused(() -> n.award(TODAY.plusDays(1), null, "staff", TODAY), "error.dateInFuture", "awardedOn");
        assertThat(n.getState()).isEqualTo(NominationState.APPROVED);
        n.award(TODAY, null, "staff", TODAY);
        assertThatThrownBy(() -> n.award(TODAY, null, "staff", TODAY)).isInstanceOf(ConflictException.class)
                .hasMessage("medal.alreadyAwarded");
    }
}
