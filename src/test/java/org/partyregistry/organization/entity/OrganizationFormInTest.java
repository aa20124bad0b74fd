package org.partyregistry.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.organization.entity.OrganizationType.BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.COMMITTEE;
import static org.partyregistry.organization.entity.OrganizationType.GENERAL_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.GROUP;
import static org.partyregistry.organization.entity.OrganizationType.JOINT_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.WORKING_COMMITTEE;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.enterprise.entity.CreditCode;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.Park;
import org.partyregistry.testsupport.Ids;

/** Rule O11 / E4: the enterprises an organization is formed in. */
class OrganizationFormInTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate ORG_FOUNDED = LocalDate.of(2020, 6, 1);
    static final LocalDate ENTERPRISE_FOUNDED = LocalDate.of(2015, 3, 12);

    final Park park = new Park("潍坊软件园");
    Organization zone;
    Organization committee;
    Organization generalBranch;
    Organization branch;
    Organization joint;
    Organization group;
    long nextEnterpriseId = 100;

    @BeforeEach
    void tree() {
        zone = anchored(1, "潍坊高新区党工委", WORKING_COMMITTEE, null);
        committee = anchored(2, "潍坊软件园党委", COMMITTEE, zone);
        generalBranch = anchored(3, "示例党总支", GENERAL_BRANCH, committee);
        branch = anchored(4, "示例党支部", BRANCH, generalBranch);
        joint = anchored(5, "示例联合党支部", JOINT_BRANCH, committee);
        group = anchored(6, "第一党小组", GROUP, branch);
    }

    static Organization anchored(long id, String name, OrganizationType type, Organization parent) {
        Organization organization = Ids.withId(new Organization(name, type, parent, ORG_FOUNDED, TODAY), id);
        organization.anchor();
        return organization;
    }

    Enterprise enterprise(LocalDate foundedOn, LocalDate closedOn) {
        long id = nextEnterpriseId++;
        String first17 = String.format("91370700%09d", id);
        String code = first17 + CreditCode.checkCharacter(first17);
        return Ids.withId(new Enterprise("示例企业" + id, code, park, "软件和信息技术服务", 10, foundedOn, closedOn,
                TODAY), id);
    }

    Enterprise operating() {
        return enterprise(ENTERPRISE_FOUNDED, null);
    }

    List<Enterprise> operating(int count) {
        List<Enterprise> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(operating());
        }
        return list;
    }

    @Test
    @DisplayName("E4 a joint branch in one or in six enterprises is refused")
    void jointOutOfRange() {
        assertRefused(() -> joint.formIn(operating(1)), "organization.jointUnits", "enterpriseIds");
        assertRefused(() -> joint.formIn(operating(6)), "organization.jointUnits", "enterpriseIds");
        assertThat(joint.getEnterprises()).isEmpty();
    }

    @Test
    @DisplayName("E4 a joint branch in two or in five enterprises is accepted")
    void jointInRange() {
        List<Enterprise> two = operating(2);
        joint.formIn(two);
        assertThat(joint.getEnterprises()).containsExactlyInAnyOrderElementsOf(two);
        List<Enterprise> five = operating(5);
        joint.formIn(five);
        assertThat(joint.getEnterprises()).containsExactlyInAnyOrderElementsOf(five);
    }

    @Test
    @DisplayName("E4 enterprises are counted once: the same enterprise twice is one for a joint branch")
    void jointCountsDistinct() {
        Enterprise a = operating();
        assertRefused(() -> joint.formIn(List.of(a, a)), "organization.jointUnits", "enterpriseIds");
        Enterprise sameRow = Ids.withId(new Enterprise("同一企业", a.getCreditCode(), park, "软件", 10,
                ENTERPRISE_FOUNDED, null, TODAY), a.getId());
        assertRefused(() -> joint.formIn(List.of(a, sameRow)), "organization.jointUnits", "enterpriseIds");
    }

    @Test
    @DisplayName("E4 a branch, general branch or committee in two enterprises is refused")
    void ownInTwo() {
        assertRefused(() -> branch.formIn(operating(2)), "organization.ownSingleUnit", "enterpriseIds");
        assertRefused(() -> generalBranch.formIn(operating(2)), "organization.ownSingleUnit", "enterpriseIds");
        assertRefused(() -> committee.formIn(operating(2)), "organization.ownSingleUnit", "enterpriseIds");
    }

    @Test
    @DisplayName("E4 a branch, general branch or committee in one enterprise or in none is accepted")
    void ownInOneOrNone() {
        for (Organization own : List.of(branch, generalBranch, committee)) {
            Enterprise e = operating();
            own.formIn(List.of(e));
            assertThat(own.getEnterprises()).as(own.getName()).containsExactly(e);
            own.formIn(List.of());
            assertThat(own.getEnterprises()).as(own.getName()).isEmpty();
        }
    }

    @Test
    @DisplayName("E4 forming again replaces the earlier enterprise; a refused change keeps it")
    void replaces() {
        Enterprise first = operating();
        Enterprise second = operating();
        branch.formIn(List.of(first));
        branch.formIn(List.of(second));
        assertThat(branch.getEnterprises()).containsExactly(second);
        assertRefused(() -> branch.formIn(List.of(first, second)), "organization.ownSingleUnit", "enterpriseIds");
        assertThat(branch.getEnterprises()).containsExactly(second);
    }

    @Test
    @DisplayName("E4 a working committee or a group in an enterprise is refused; in none accepted")
    void noneForWorkingCommitteeAndGroup() {
        assertRefused(() -> zone.formIn(operating(1)), "organization.noEnterprisesForType", "enterpriseIds");
        assertRefused(() -> group.formIn(operating(1)), "organization.noEnterprisesForType", "enterpriseIds");
        assertRefused(() -> zone.formIn(operating(2)), "organization.noEnterprisesForType", "enterpriseIds");
        zone.formIn(List.of());
        group.formIn(List.of());
        assertThat(zone.getEnterprises()).isEmpty();
        assertThat(group.getEnterprises()).isEmpty();
    }

    @Test
    @DisplayName("E4 an enterprise closed on the organization's founding date is refused")
    void closedOnFounding() {
        Enterprise closed = enterprise(ENTERPRISE_FOUNDED, ORG_FOUNDED);
        assertRefused(() -> branch.formIn(List.of(closed)), "organization.enterpriseNotOperating",
                "enterpriseIds");
        assertRefused(() -> joint.formIn(List.of(operating(), closed)), "organization.enterpriseNotOperating",
                "enterpriseIds");
        assertThat(joint.getEnterprises()).isEmpty();
    }

    @Test
    @DisplayName("E4 an enterprise closed before the organization's founding date is refused")
    void closedBeforeFounding() {
        Enterprise closed = enterprise(ENTERPRISE_FOUNDED, ORG_FOUNDED.minusDays(1));
        assertRefused(() -> branch.formIn(List.of(closed)), "organization.enterpriseNotOperating",
                "enterpriseIds");
    }

    @Test
    @DisplayName("E4 an enterprise founded after the organization's founding date is refused")
    void foundedAfter() {
        Enterprise later = enterprise(ORG_FOUNDED.plusDays(1), null);
        assertRefused(() -> branch.formIn(List.of(later)), "organization.enterpriseNotOperating",
                "enterpriseIds");
        assertRefused(() -> joint.formIn(List.of(operating(), later)), "organization.enterpriseNotOperating",
                "enterpriseIds");
    }

    @Test
    @DisplayName("E4 an enterprise founded on the organization's founding date, or closed the day after, is accepted")
    void operatingOnFounding() {
        Enterprise sameDay = enterprise(ORG_FOUNDED, null);
        Enterprise closedAfter = enterprise(ENTERPRISE_FOUNDED, ORG_FOUNDED.plusDays(1));
        joint.formIn(List.of(sameDay, closedAfter));
        assertThat(joint.getEnterprises()).containsExactlyInAnyOrder(sameDay, closedAfter);
        branch.formIn(List.of(closedAfter));
        assertThat(branch.getEnterprises()).containsExactly(closedAfter);
    }

    @Test
    @DisplayName("E4 a dissolved organization cannot be formed in enterprises")
    void dissolved() {
        branch.dissolve(TODAY, "撤销", TODAY);
        assertRefused(() -> branch.formIn(List.of(operating())), "organization.notActive", null);
    }

    @Test
    @DisplayName("O11 a joint branch of 4 enterprises cannot become a branch: 400 on type, nothing changed")
    void retypeJointOfFourRefused() {
        joint.formIn(operating(4));
        assertRefused(() -> joint.retype(BRANCH, List.of()), "organization.retypeUnits", "type");
        assertThat(joint.getType()).isEqualTo(JOINT_BRANCH);
        assertThat(joint.getEnterprises()).hasSize(4);
    }

    @Test
    @DisplayName("O11 a joint branch of 4, 5 or 6 enterprises: 4 and 5 are linked, 6 refused")
    void jointFourFiveSix() {
        joint.formIn(operating(4));
        assertThat(joint.getEnterprises()).hasSize(4);
        joint.formIn(operating(5));
        assertThat(joint.getEnterprises()).hasSize(5);
        assertRefused(() -> joint.formIn(operating(6)), "organization.jointUnits", "enterpriseIds");
        assertThat(joint.getEnterprises()).hasSize(5);
    }

    @Test
    @DisplayName("O11 a branch in one enterprise may not become a joint branch; with none it may, and back")
    void retypeBranch() {
        branch.formIn(operating(1));
        assertRefused(() -> branch.retype(JOINT_BRANCH, List.of()), "organization.retypeUnits", "type");
        assertThat(branch.getType()).isEqualTo(BRANCH);
        branch.formIn(List.of());
        branch.retype(JOINT_BRANCH, List.of());
        assertThat(branch.getType()).isEqualTo(JOINT_BRANCH);
    }

    @Test
    @DisplayName("O11 a joint branch of 2 enterprises refuses to become a branch or general branch, keeps its type")
    void retypeJointOfTwo() {
        Organization jointUnderCommittee = anchored(7, "示例联合党支部二", JOINT_BRANCH, committee);
        jointUnderCommittee.formIn(operating(2));
        assertRefused(() -> jointUnderCommittee.retype(GENERAL_BRANCH, List.of()), "organization.retypeUnits",
                "type");
        assertRefused(() -> jointUnderCommittee.retype(BRANCH, List.of()), "organization.retypeUnits", "type");
        assertThat(jointUnderCommittee.getType()).isEqualTo(JOINT_BRANCH);
    }

    @Test
    @DisplayName("O11 a branch with its one enterprise may become a general branch (still an own organization)")
    void retypeOwnToOwn() {
        Organization own = anchored(8, "示例党支部二", BRANCH, committee);
        own.formIn(operating(1));
        own.retype(GENERAL_BRANCH, List.of());
        assertThat(own.getType()).isEqualTo(GENERAL_BRANCH);
    }

    @Test
    @DisplayName("E8 links given at the founding start on the founding date")
    void linksAtFoundingStartOnFoundingDate() {
        Enterprise e = operating();
        branch.formIn(List.of(e));
        assertThat(branch.getEnterpriseLinks()).singleElement().satisfies(link -> {
            assertThat(link.getEnterpriseId()).isEqualTo(e.getId());
            assertThat(link.getFromOn()).isEqualTo(ORG_FOUNDED);
            assertThat(link.getToOn()).isNull();
        });
    }

    @Test
    @DisplayName("E8 re-linking keeps the past: the old link ends on the day of the change, the new one starts on it")
    void relinkKeepsThePast() {
        Enterprise first = operating();
        Enterprise second = operating();
        branch.formIn(List.of(first));
        LocalDate on = LocalDate.of(2025, 1, 1);
        assertThat(branch.relink(List.of(second), on, TODAY)).isTrue();
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(branch.getEnterpriseLinks(),
                on.minusDays(1))).containsExactly(first.getId());
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(branch.getEnterpriseLinks(), on))
                .containsExactly(second.getId());
        assertThat(branch.getEnterprises()).containsExactly(second);
        assertThat(branch.relink(List.of(second), TODAY, TODAY)).isFalse();
    }

    @Test
    @DisplayName("E8 the change's date: not in the future, not before the last change nor the founding; the day itself passes")
    void relinkDateBounds() {
        Enterprise first = operating();
        Enterprise second = operating();
        branch.formIn(List.of(first));
        assertRefused(() -> branch.relink(List.of(second), TODAY.plusDays(1), TODAY), "error.dateInFuture", "on");
        assertRefused(() -> branch.relink(List.of(second), ORG_FOUNDED.minusDays(1), TODAY),
                "organization.linkBeforeLastChange", "on");
        LocalDate on = LocalDate.of(2024, 5, 1);
        branch.relink(List.of(second), on, TODAY);
        assertRefused(() -> branch.relink(List.of(first), on.minusDays(1), TODAY),
                "organization.linkBeforeLastChange", "on");
        assertThat(branch.relink(List.of(first), on, TODAY)).isTrue();
        assertThat(branch.relink(List.of(), TODAY, TODAY)).isTrue();
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(branch.getEnterpriseLinks(), TODAY))
                .isEmpty();
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(branch.getEnterpriseLinks(),
                on.minusDays(1))).containsExactly(first.getId());
    }

    @Test
    @DisplayName("E8 an enterprise added later must be operating on the day it is added")
    void relinkChecksNewEnterpriseOnThatDay() {
        Enterprise later = enterprise(LocalDate.of(2024, 1, 1), null);
        assertRefused(() -> branch.relink(List.of(later), LocalDate.of(2023, 12, 31), TODAY),
                "organization.enterpriseNotOperating", "enterpriseIds");
        assertThat(branch.relink(List.of(later), LocalDate.of(2024, 1, 1), TODAY)).isTrue();
    }

    @Test
    @DisplayName("E8 correcting the founding date moves the links given at the founding with it")
    void correctedFoundingMovesFoundingLinks() {
        Enterprise e = operating();
        branch.formIn(List.of(e));
        branch.correctEstablishedOn(LocalDate.of(2019, 3, 1), TODAY);
        assertThat(branch.getEnterpriseLinks()).singleElement()
                .satisfies(link -> assertThat(link.getFromOn()).isEqualTo(LocalDate.of(2019, 3, 1)));
    }
}
