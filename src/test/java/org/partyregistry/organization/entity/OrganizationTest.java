package org.partyregistry.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.organization.entity.OrganizationType.BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.COMMITTEE;
import static org.partyregistry.organization.entity.OrganizationType.GENERAL_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.GROUP;
import static org.partyregistry.organization.entity.OrganizationType.JOINT_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.WORKING_COMMITTEE;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partyregistry.testsupport.Ids;

class OrganizationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate FOUNDED = LocalDate.of(2010, 3, 15);

    /** The tree used below: /1/ working committee, /1/2/ and /1/23/ committees, /1/2/3/ general branch, ... */
    Organization zone;
    Organization softwarePark;
    Organization creativePark;
    Organization generalBranch;
    Organization branch;
    Organization group;

    @BeforeEach
    void tree() {
        zone = anchored(1, "潍坊高新区党工委", WORKING_COMMITTEE, null);
        softwarePark = anchored(2, "潍坊软件园党委", COMMITTEE, zone);
        creativePark = anchored(23, "文化创意产业园党委", COMMITTEE, zone);
        generalBranch = anchored(3, "示例党总支", GENERAL_BRANCH, softwarePark);
        branch = anchored(4, "示例党支部", BRANCH, generalBranch);
        group = anchored(5, "第一党小组", GROUP, branch);
    }

    static Organization anchored(long id, String name, OrganizationType type, Organization parent) {
        Organization organization = Ids.withId(new Organization(name, type, parent, FOUNDED, TODAY), id);
        organization.anchor();
        return organization;
    }

    @Nested
    @DisplayName("founding")
    class Founding {

        @Test
        @DisplayName("O3 a blank name is refused")
        void blankName() {
            assertRefused(() -> new Organization("   ", BRANCH, generalBranch, FOUNDED, TODAY),
                    "organization.nameRequired", "name");
            assertRefused(() -> new Organization("", BRANCH, generalBranch, FOUNDED, TODAY),
                    "organization.nameRequired", "name");
            assertRefused(() -> new Organization(null, BRANCH, generalBranch, FOUNDED, TODAY),
                    "organization.nameRequired", "name");
        }

        @Test
        @DisplayName("O3 a name of 100 characters is accepted, 101 refused")
        void nameLength() {
            String hundred = "党".repeat(100);
            assertThat(new Organization(hundred, BRANCH, generalBranch, FOUNDED, TODAY).getName()).isEqualTo(hundred);
            assertRefused(() -> new Organization(hundred + "支", BRANCH, generalBranch, FOUNDED, TODAY),
                    "organization.nameTooLong", "name");
        }

        @Test
        @DisplayName("O3 the name is stored trimmed and its length counted without surrounding spaces")
        void nameTrimmed() {
            String hundred = "a".repeat(100);
            assertThat(new Organization("  " + hundred + "  ", BRANCH, generalBranch, FOUNDED, TODAY).getName())
                    .isEqualTo(hundred);
        }

        @Test
        @DisplayName("O4 founded today is accepted, tomorrow refused")
        void foundingDateNotInFuture() {
            assertThat(new Organization("今天成立", BRANCH, generalBranch, TODAY, TODAY).getEstablishedOn())
                    .isEqualTo(TODAY);
            assertRefused(() -> new Organization("明天成立", BRANCH, generalBranch, TODAY.plusDays(1), TODAY),
                    "error.dateInFuture", "establishedOn");
        }

        @Test
        @DisplayName("type and founding date are required")
        void typeAndDateRequired() {
            assertRefused(() -> new Organization("无类型", null, generalBranch, FOUNDED, TODAY),
                    "organization.typeRequired", "type");
            assertRefused(() -> new Organization("无日期", BRANCH, generalBranch, null, TODAY),
                    "organization.establishedRequired", "establishedOn");
        }

        @Test
        @DisplayName("O1 a working committee is a root; a committee without a parent is refused")
        void roots() {
            Organization root = new Organization("党工委", WORKING_COMMITTEE, null, FOUNDED, TODAY);
            assertThat(root.getParent()).isNull();
            assertThat(root.isActive()).isTrue();
            assertRefused(() -> new Organization("无上级党委", COMMITTEE, null, FOUNDED, TODAY),
                    "organization.parentRequired", "parentId");
            assertRefused(() -> new Organization("下级党工委", WORKING_COMMITTEE, zone, FOUNDED, TODAY),
                    "organization.placement", "parentId");
        }

        @Test
        @DisplayName("O1 a group under a committee is refused; under a branch or joint branch accepted")
        void groupPlacement() {
            assertRefused(() -> new Organization("党小组", GROUP, softwarePark, FOUNDED, TODAY),
                    "organization.placement", "parentId");
            assertRefused(() -> new Organization("党小组", GROUP, generalBranch, FOUNDED, TODAY),
                    "organization.placement", "parentId");
            assertThat(new Organization("党小组", GROUP, branch, FOUNDED, TODAY).getParent()).isSameAs(branch);
            Organization joint = new Organization("联合党支部", JOINT_BRANCH, softwarePark, FOUNDED, TODAY);
            assertThat(new Organization("党小组", GROUP, joint, FOUNDED, TODAY).getParent()).isSameAs(joint);
        }

        @Test
        @DisplayName("O1 nothing under a group: a branch under a group is refused")
        void nothingUnderGroup() {
            assertRefused(() -> new Organization("党支部", BRANCH, group, FOUNDED, TODAY),
                    "organization.placement", "parentId");
            assertRefused(() -> new Organization("党小组", GROUP, group, FOUNDED, TODAY),
                    "organization.placement", "parentId");
        }

        @Test
        @DisplayName("O1 a branch may sit under a working committee, committee or general branch")
        void branchPlacement() {
            assertThat(new Organization("甲", BRANCH, zone, FOUNDED, TODAY).getParent()).isSameAs(zone);
            assertThat(new Organization("乙", BRANCH, softwarePark, FOUNDED, TODAY).getParent()).isSameAs(softwarePark);
            assertThat(new Organization("丙", BRANCH, generalBranch, FOUNDED, TODAY).getParent())
                    .isSameAs(generalBranch);
            assertRefused(() -> new Organization("丁", BRANCH, branch, FOUNDED, TODAY),
                    "organization.placement", "parentId");
        }

        @Test
        @DisplayName("O2 founding under a dissolved organization is refused")
        void underDissolvedParent() {
            generalBranch.dissolve(TODAY, "撤销", TODAY);
            assertRefused(() -> new Organization("新支部", BRANCH, generalBranch, FOUNDED, TODAY),
                    "organization.parentDissolved", "parentId");
        }

        @Test
        @DisplayName("O2 founding under a merged organization is refused")
        void underMergedParent() {
            softwarePark.mergeInto(creativePark, TODAY, TODAY);
            assertRefused(() -> new Organization("新支部", BRANCH, softwarePark, FOUNDED, TODAY),
                    "organization.parentDissolved", "parentId");
        }
    }

    @Nested
    @DisplayName("path and containment")
    class Paths {

        @Test
        @DisplayName("anchor() needs the id and builds the path from the parent's path")
        void anchor() {
            Organization fresh = new Organization("新支部", BRANCH, generalBranch, FOUNDED, TODAY);
            assertThatThrownBy(fresh::anchor).isInstanceOf(IllegalStateException.class);
            Ids.withId(fresh, 42);
            fresh.anchor();
            assertThat(fresh.getPath()).isEqualTo("/1/2/3/42/");
            assertThat(zone.getPath()).isEqualTo("/1/");
            assertThat(group.getPath()).isEqualTo("/1/2/3/4/5/");
            assertThat(group.depth()).isEqualTo(5);
        }

        @Test
        @DisplayName("contains itself and its descendants, not a sibling sharing a numeric prefix")
        void contains() {
            assertThat(softwarePark.contains(softwarePark)).isTrue();
            assertThat(softwarePark.contains(group)).isTrue();
            assertThat(softwarePark.contains(zone)).isFalse();
            assertThat(softwarePark.contains(creativePark)).isFalse();
        }
    }

    @Nested
    @DisplayName("moveUnder")
    class Move {

        @Test
        @DisplayName("O2 moving under one's own descendant is refused (cycle)")
        void underDescendant() {
            Organization child = anchored(24, "子党委", COMMITTEE, softwarePark);
            assertRefused(() -> softwarePark.moveUnder(child), "organization.cycle", "parentId");
            assertThat(softwarePark.getParent()).isSameAs(zone);
            assertThat(softwarePark.getPath()).isEqualTo("/1/2/");
        }

        @Test
        @DisplayName("O2 moving under itself is refused (cycle)")
        void underItself() {
            assertRefused(() -> softwarePark.moveUnder(softwarePark), "organization.cycle", "parentId");
        }

        @Test
        @DisplayName("O2 moving under a sibling whose path shares a numeric prefix (/1/2/ vs /1/23/) is no cycle")
        void underSiblingWithSharedPrefix() {
            String oldPath = softwarePark.moveUnder(creativePark);
            assertThat(oldPath).isEqualTo("/1/2/");
            assertThat(softwarePark.getParent()).isSameAs(creativePark);
            assertThat(softwarePark.getPath()).isEqualTo("/1/23/2/");
        }

        @Test
        @DisplayName("O1 a move must respect placement: a branch under a group, a general branch under one")
        void placement() {
            Organization otherBranch = anchored(6, "另一支部", BRANCH, generalBranch);
            assertRefused(() -> otherBranch.moveUnder(group), "organization.placement", "parentId");
            Organization otherGeneral = anchored(7, "另一总支", GENERAL_BRANCH, softwarePark);
            assertRefused(() -> otherGeneral.moveUnder(generalBranch), "organization.placement", "parentId");
            assertThat(otherGeneral.getParent()).isSameAs(softwarePark);
        }

        @Test
        @DisplayName("O2 moving under a dissolved organization is refused")
        void underDissolved() {
            Organization otherGeneral = anchored(7, "另一总支", GENERAL_BRANCH, creativePark);
            otherGeneral.dissolve(TODAY, "撤销", TODAY);
            assertRefused(() -> branch.moveUnder(otherGeneral), "organization.parentDissolved", "parentId");
            assertThat(branch.getParent()).isSameAs(generalBranch);
        }

        @Test
        @DisplayName("O1 a move needs a parent")
        void needsParent() {
            assertRefused(() -> branch.moveUnder(null), "organization.parentRequired", "parentId");
        }

        @Test
        @DisplayName("O5 a dissolved organization cannot be moved")
        void dissolvedCannotMove() {
            Organization otherBranch = anchored(6, "另一支部", BRANCH, generalBranch);
            otherBranch.dissolve(TODAY, "撤销", TODAY);
            assertRefused(() -> otherBranch.moveUnder(softwarePark), "organization.notActive", null);
        }
    }

    @Nested
    @DisplayName("dissolve")
    class Dissolve {

        @Test
        @DisplayName("O5 dissolving records date and reason and keeps the organization")
        void dissolves() {
            branch.dissolve(TODAY.minusDays(10), "  企业注销  ", TODAY);
            assertThat(branch.getStatus()).isEqualTo(OrganizationStatus.DISSOLVED);
            assertThat(branch.isActive()).isFalse();
            assertThat(branch.getDissolvedOn()).isEqualTo(TODAY.minusDays(10));
            assertThat(branch.getDissolutionReason()).isEqualTo("企业注销");
            assertThat(branch.existsOn(TODAY.minusDays(11))).isTrue();
            assertThat(branch.existsOn(TODAY.minusDays(10))).isFalse();
        }

        @Test
        @DisplayName("O5 dissolving on the founding day is accepted, the day before refused")
        void beforeFounding() {
            assertRefused(() -> branch.dissolve(FOUNDED.minusDays(1), "撤销", TODAY),
                    "organization.beforeFounding", "on");
            assertThat(branch.isActive()).isTrue();
            branch.dissolve(FOUNDED, "撤销", TODAY);
            assertThat(branch.getDissolvedOn()).isEqualTo(FOUNDED);
        }

        @Test
        @DisplayName("O4/O5 dissolving today is accepted, tomorrow refused")
        void inFuture() {
            assertRefused(() -> branch.dissolve(TODAY.plusDays(1), "撤销", TODAY), "error.dateInFuture", "on");
            assertThat(branch.isActive()).isTrue();
            branch.dissolve(TODAY, "撤销", TODAY);
            assertThat(branch.getStatus()).isEqualTo(OrganizationStatus.DISSOLVED);
        }

        @Test
        @DisplayName("O5 a date and a reason (at most 500 characters) are required")
        void reasonAndDate() {
            assertRefused(() -> branch.dissolve(null, "撤销", TODAY), "organization.dateRequired", "on");
            assertRefused(() -> branch.dissolve(TODAY, "  ", TODAY), "organization.reasonRequired", "reason");
            assertRefused(() -> branch.dissolve(TODAY, null, TODAY), "organization.reasonRequired", "reason");
            assertRefused(() -> branch.dissolve(TODAY, "x".repeat(501), TODAY),
                    "organization.reasonTooLong", "reason");
            assertThat(branch.isActive()).isTrue();
            branch.dissolve(TODAY, "x".repeat(500), TODAY);
            assertThat(branch.getDissolutionReason()).hasSize(500);
        }

        @Test
        @DisplayName("O5 a dissolved organization cannot be dissolved again or renamed")
        void onlyOnce() {
            branch.dissolve(TODAY.minusDays(1), "撤销", TODAY);
            assertRefused(() -> branch.dissolve(TODAY, "再次撤销", TODAY), "organization.notActive", null);
            assertRefused(() -> branch.rename("新名称"), "organization.notActive", null);
            assertThat(branch.getDissolvedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(branch.getName()).isEqualTo("示例党支部");
        }
    }

    @Nested
    @DisplayName("mergeInto")
    class Merge {

        @Test
        @DisplayName("O5 merging records the absorbing organization and the date")
        void merges() {
            softwarePark.mergeInto(creativePark, TODAY, TODAY);
            assertThat(softwarePark.getStatus()).isEqualTo(OrganizationStatus.MERGED);
            assertThat(softwarePark.isActive()).isFalse();
            assertThat(softwarePark.getMergedInto()).isSameAs(creativePark);
            assertThat(softwarePark.getDissolvedOn()).isEqualTo(TODAY);
            assertThat(creativePark.isActive()).isTrue();
        }

        @Test
        @DisplayName("O5 merging into itself (same instance, same id, or none) is refused")
        void intoSelf() {
            assertRefused(() -> softwarePark.mergeInto(softwarePark, TODAY, TODAY), "organization.mergeSelf",
                    "targetId");
            Organization sameRow = Ids.withId(new Organization("潍坊软件园党委", COMMITTEE, zone, FOUNDED, TODAY), 2);
            assertRefused(() -> softwarePark.mergeInto(sameRow, TODAY, TODAY), "organization.mergeSelf", "targetId");
            assertRefused(() -> softwarePark.mergeInto(null, TODAY, TODAY), "organization.mergeSelf", "targetId");
            assertThat(softwarePark.isActive()).isTrue();
        }

        @Test
        @DisplayName("O2/O5 merging into a dissolved organization is refused")
        void intoDissolved() {
            Organization third = anchored(30, "第三党委", COMMITTEE, zone);
            third.dissolve(TODAY, "撤销", TODAY);
            assertRefused(() -> softwarePark.mergeInto(third, TODAY, TODAY), "organization.parentDissolved",
                    "targetId");
            assertThat(softwarePark.isActive()).isTrue();
        }

        @Test
        @DisplayName("O5 merging into an organization of another type is refused")
        void intoOtherType() {
            Organization otherGeneral = anchored(7, "另一总支", GENERAL_BRANCH, creativePark);
            assertRefused(() -> softwarePark.mergeInto(otherGeneral, TODAY, TODAY), "organization.mergeType",
                    "targetId");
        }

        @Test
        @DisplayName("O2/O5 merging into one's own descendant is refused (cycle)")
        void intoDescendant() {
            Organization child = anchored(24, "子党委", COMMITTEE, softwarePark);
            assertRefused(() -> softwarePark.mergeInto(child, TODAY, TODAY), "organization.cycle", "targetId");
            assertThat(softwarePark.isActive()).isTrue();
        }

        @Test
        @DisplayName("O5 merging before the founding date or in the future is refused; on the founding day accepted")
        void dates() {
            assertRefused(() -> softwarePark.mergeInto(creativePark, FOUNDED.minusDays(1), TODAY),
                    "organization.beforeFounding", "on");
            assertRefused(() -> softwarePark.mergeInto(creativePark, TODAY.plusDays(1), TODAY),
                    "error.dateInFuture", "on");
            assertRefused(() -> softwarePark.mergeInto(creativePark, null, TODAY), "organization.dateRequired", "on");
            assertThat(softwarePark.isActive()).isTrue();
            softwarePark.mergeInto(creativePark, FOUNDED, TODAY);
            assertThat(softwarePark.getStatus()).isEqualTo(OrganizationStatus.MERGED);
        }

        @Test
        @DisplayName("O5 a merged organization cannot be merged or moved again")
        void onlyOnce() {
            Organization third = anchored(30, "第三党委", COMMITTEE, zone);
            softwarePark.mergeInto(creativePark, TODAY, TODAY);
            assertRefused(() -> softwarePark.mergeInto(third, TODAY, TODAY), "organization.notActive", null);
            assertRefused(() -> softwarePark.moveUnder(third), "organization.notActive", null);
            assertThat(softwarePark.getMergedInto()).isSameAs(creativePark);
        }
    }

    @Nested
    @DisplayName("rename and retype")
    class RenameAndRetype {

        @Test
        @DisplayName("O3 rename checks the name and returns the old one")
        void rename() {
            assertThat(branch.rename("  新名称  ")).isEqualTo("示例党支部");
            assertThat(branch.getName()).isEqualTo("新名称");
            assertRefused(() -> branch.rename(" "), "organization.nameRequired", "name");
            assertRefused(() -> branch.rename("x".repeat(101)), "organization.nameTooLong", "name");
            assertThat(branch.getName()).isEqualTo("新名称");
        }

        @Test
        @DisplayName("O1 a branch with groups cannot become a general branch; without children it can")
        void retype() {
            Organization withGroups = anchored(9, "有党小组的支部", BRANCH, softwarePark);
            assertRefused(() -> withGroups.retype(GENERAL_BRANCH, List.of(GROUP)), "organization.retypeChildren",
                    "type");
            assertThat(withGroups.getType()).isEqualTo(BRANCH);
            Organization grown = anchored(8, "壮大的支部", BRANCH, softwarePark);
            grown.retype(GENERAL_BRANCH, List.of());
            assertThat(grown.getType()).isEqualTo(GENERAL_BRANCH);
        }

        @Test
        @DisplayName("O1 retyping must still fit under the parent: a branch under a general branch cannot become one")
        void retypeAgainstParent() {
            assertRefused(() -> branch.retype(GENERAL_BRANCH, List.of()), "organization.placement", "parentId");
            assertThat(branch.getType()).isEqualTo(BRANCH);
        }
    }

    @Test
    @DisplayName("O1 no organization is established before the Party's founding (1921-07-01), nor corrected to such a date")
    void establishedNotBeforeTheParty() {
        assertRefused(() -> new Organization("示例支部", BRANCH, generalBranch, LocalDate.of(1921, 6, 30), TODAY),
                "error.dateTooEarly", "establishedOn");
        assertThat(new Organization("示例支部", BRANCH, generalBranch, LocalDate.of(1921, 7, 1), TODAY)
                .getEstablishedOn()).isEqualTo(LocalDate.of(1921, 7, 1));
        assertRefused(() -> branch.correctEstablishedOn(LocalDate.of(1900, 1, 1), TODAY), "error.dateTooEarly",
                "establishedOn");
    }

    @Test
    @DisplayName("a materialized path's depth and the paths above it")
    void paths() {
        assertThat(OrganizationPath.depth("/1/")).isEqualTo(1);
        assertThat(OrganizationPath.depth("/1/7/70/")).isEqualTo(3);
        assertThat(OrganizationPath.at("/1/7/70/", 1)).isEqualTo("/1/");
        assertThat(OrganizationPath.at("/1/7/70/", 2)).isEqualTo("/1/7/");
        assertThat(OrganizationPath.at("/1/7/70/", 3)).isEqualTo("/1/7/70/");
        assertThat(OrganizationPath.at("/1/7/70/", 4)).isNull();
    }
}
