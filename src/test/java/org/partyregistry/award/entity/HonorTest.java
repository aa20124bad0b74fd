package org.partyregistry.award.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.award.entity.AwardFixtures.TODAY;
import static org.partyregistry.award.entity.AwardFixtures.branch;
import static org.partyregistry.award.entity.AwardFixtures.fullSince;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.organization.entity.Organization;

class HonorTest {

    @Test
    @DisplayName("AW10 a member-honor names a member and no organization, an organization-honor the reverse")
    void rightKindOfSubject() {
        Member member = fullSince(LocalDate.of(2000, 7, 1));
        Organization branch = branch();
        Honor honor = new Honor(HonorKind.OUTSTANDING_MEMBER, HonorLevel.CITY, 2026, member, null, "事迹", "secretary",
                TODAY);
        assertThat(honor.getState()).isEqualTo(NominationState.NOMINATED);
        assertThat(honor.scopeOrganization()).isEqualTo(member.getOrganization());
        assertRefused(() -> new Honor(HonorKind.OUTSTANDING_PARTY_WORKER, HonorLevel.ZONE, 2026, null, branch, null,
                "s", TODAY), "honor.memberKindNamesOrganization", "organizationId");
        assertRefused(() -> new Honor(HonorKind.OUTSTANDING_MEMBER, HonorLevel.ZONE, 2026, null, null, null, "s",
                TODAY), "honor.memberRequired", "memberId");
        assertRefused(() -> new Honor(HonorKind.ADVANCED_ORGANIZATION, HonorLevel.ZONE, 2026, member, null, null,
                "s", TODAY), "honor.organizationKindNamesMember", "memberId");
        assertRefused(() -> new Honor(HonorKind.ADVANCED_ORGANIZATION, HonorLevel.ZONE, 2026, null, null, null, "s",
                TODAY), "honor.organizationRequired", "organizationId");
        Honor advanced = new Honor(HonorKind.ADVANCED_ORGANIZATION, HonorLevel.PROVINCE, 2025, null, branch, null,
                "staff", TODAY);
        assertThat(advanced.scopeOrganization()).isEqualTo(branch);
    }

    @Test
    @DisplayName("AW10 a deceased member, a missing level or a future year is refused")
    void refusals() {
        Member deceased = AwardFixtures.member(new Steps(null, null, null, LocalDate.of(1970, 1, 1), null),
                List.of(), MemberStatus.DECEASED, LocalDate.of(2025, 1, 1));
        assertRefused(() -> new Honor(HonorKind.OUTSTANDING_MEMBER, HonorLevel.ZONE, 2026, deceased, null, null, "s",
                TODAY), "honor.memberNotEligible", "memberId");
        Member member = fullSince(LocalDate.of(2000, 7, 1));
        assertRefused(() -> new Honor(HonorKind.OUTSTANDING_MEMBER, null, 2026, member, null, null, "s", TODAY),
                "honor.levelRequired", "level");
        assertRefused(() -> new Honor(HonorKind.OUTSTANDING_MEMBER, HonorLevel.ZONE, 2027, member, null, null, "s",
                TODAY), "honor.yearRange", "year");
    }

    @Test
    @DisplayName("AW11 nominate → approve → award, in that order; the award date not before the approval")
    void workflow() {
        Honor honor = new Honor(HonorKind.OUTSTANDING_MEMBER, HonorLevel.ZONE, 2026,
                fullSince(LocalDate.of(2000, 7, 1)), null, null, "secretary", TODAY.minusDays(10));
        assertRefused(() -> honor.award(TODAY, TODAY), "honor.wrongState", null);
        honor.approve("staff", TODAY.minusDays(5));
        assertRefused(() -> honor.approve("staff", TODAY), "honor.wrongState", null);
        assertRefused(() -> honor.award(TODAY.minusDays(6), TODAY), "honor.awardBeforeApproval", "awardedOn");
        assertRefused(() -> honor.award(TODAY.plusDays(1), TODAY), "error.dateInFuture", "awardedOn");
        honor.award(TODAY.minusDays(5), TODAY);
        assertThat(honor.getState()).isEqualTo(NominationState.AWARDED);
        assertThat(honor.getAwardedOn()).isEqualTo(TODAY.minusDays(5));
    }
}
