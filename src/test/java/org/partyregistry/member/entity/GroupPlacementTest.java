package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

/** Rules M19, M20: a member of a branch in one of its party groups at a time, with dates. */
class GroupPlacementTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate JOINED = LocalDate.of(2015, 1, 1);
    static final LocalDate ON = LocalDate.of(2020, 3, 1);

    Organization branch;
    Organization other;
    Organization group1;
    Organization group2;
    Organization otherGroup;
    Member member;

    @BeforeEach
    void setUp() {
        Organization zone = organization("示例工委", OrganizationType.WORKING_COMMITTEE, null, 1,
                LocalDate.of(2000, 1, 1));
        branch = organization("甲支部", OrganizationType.BRANCH, zone, 2, LocalDate.of(2000, 1, 1));
        other = organization("乙支部", OrganizationType.BRANCH, zone, 3, LocalDate.of(2000, 1, 1));
        group1 = organization("第一党小组", OrganizationType.GROUP, branch, 4, LocalDate.of(2010, 1, 1));
        group2 = organization("第二党小组", OrganizationType.GROUP, branch, 5, LocalDate.of(2021, 1, 1));
        otherGroup = organization("乙支部党小组", OrganizationType.GROUP, other, 6, LocalDate.of(2010, 1, 1));
        member = Ids.withId(new Member(new Member.Person("示例党员", null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h", branch, null,
                new Steps(null, null, null, JOINED, JOINED.plusYears(1)), List.of(), null, null, TODAY), 10);
    }

    static Organization organization(String name, OrganizationType type, Organization parent, long id,
                                     LocalDate established) {
        Organization o = Ids.withId(new Organization(name, type, parent, established, TODAY), id);
        o.anchor();
        return o;
    }

    @Test
    @DisplayName("M19 placed from a date; moving ends the previous placement that day; M20 who is in a group then")
    void placeAndMove() {
        GroupPlacement first = member.placeInGroup(group1, ON, JOINED, TODAY);
        assertThat(first.getGroup()).isEqualTo(group1);
        assertThat(member.currentPlacement()).isSameAs(first);
        LocalDate moved = LocalDate.of(2022, 6, 1);
        GroupPlacement second = member.placeInGroup(group2, moved, JOINED, TODAY);
        assertThat(first.getEndedOn()).isEqualTo(moved);
        assertThat(first.covers(moved.minusDays(1))).isTrue();
        assertThat(first.covers(moved)).as("the end day is the new group's").isFalse();
        assertThat(second.covers(moved)).isTrue();
        assertThat(first.covers(ON.minusDays(1))).isFalse();
        assertThat(member.currentPlacement()).isSameAs(second);
        assertThat(member.placeInGroup(group2, TODAY, JOINED, TODAY)).as("already there: nothing to store")
                .isNull();
        assertThat(member.getPlacements()).hasSize(2);
    }

    @Test
    @DisplayName("M19 a group of another branch, a date before joining, in the future or before the group existed")
    void refusals() {
        assertRefused(() -> member.placeInGroup(otherGroup, ON, JOINED, TODAY), "group.notUnderBranch", "groupId");
        assertRefused(() -> member.placeInGroup(branch, ON, JOINED, TODAY), "group.notUnderBranch", "groupId");
        assertRefused(() -> member.placeInGroup(group1, JOINED.minusDays(1), JOINED, TODAY), "group.beforeJoining",
                "on");
        assertRefused(() -> member.placeInGroup(group1, TODAY.plusDays(1), JOINED, TODAY), "error.dateInFuture", "on");
        assertRefused(() -> member.placeInGroup(group2, LocalDate.of(2020, 12, 31), JOINED, TODAY), "group.notThen",
                "on");
        assertRefused(() -> member.placeInGroup(group1, ON, null, TODAY), "group.beforeJoining", "on");
        assertThat(member.placeInGroup(group1, JOINED, JOINED, TODAY)).as("on the day of joining").isNotNull();
    }

    @Test
    @DisplayName("M19 a change dated before the latest one is refused; the same day as the start corrects it")
    void datesInOrder() {
        LocalDate first = LocalDate.of(2021, 1, 15);
        member.placeInGroup(group1, first, JOINED, TODAY);
        assertRefused(() -> member.placeInGroup(group2, first.minusDays(1), JOINED, TODAY), "group.beforePlacement",
                "on");
        LocalDate later = LocalDate.of(2021, 2, 1);
        GroupPlacement corrected = member.placeInGroup(group2, later, JOINED, TODAY);
        assertThat(member.placeInGroup(group1, later, JOINED, TODAY)).as("same day: corrected")
                .isSameAs(corrected);
        assertThat(corrected.getGroup()).isEqualTo(group1);
        assertThat(member.getPlacements()).hasSize(2);
        member.placeInGroup(null, LocalDate.of(2023, 1, 1), JOINED, TODAY);
        assertThat(member.currentPlacement()).isNull();
        assertRefused(() -> member.placeInGroup(group2, LocalDate.of(2022, 12, 31), JOINED, TODAY),
                "group.beforePlacement", "on");
        assertThat(member.placeInGroup(group2, LocalDate.of(2023, 1, 1), JOINED, TODAY)).isNotNull();
    }

    @Test
    @DisplayName("M19 taking a member out ends the placement; out of no group changes nothing")
    void takeOut() {
        assertThat(member.placeInGroup(null, ON, JOINED, TODAY)).isNull();
        assertThat(member.getPlacements()).isEmpty();
        GroupPlacement placed = member.placeInGroup(group1, ON, JOINED, TODAY);
        assertRefused(() -> member.placeInGroup(null, null, JOINED, TODAY), "group.dateRequired", "on");
        member.placeInGroup(null, TODAY, JOINED, TODAY);
        assertThat(placed.getEndedOn()).isEqualTo(TODAY);
        assertThat(member.currentPlacement()).isNull();
    }

    @Test
    @DisplayName("M19 leaving the branch (transfer received, removal, death) ends the placement that day")
    void leavingEnds() {
        GroupPlacement placed = member.placeInGroup(group1, ON, JOINED, TODAY);
        LocalDate received = LocalDate.of(2026, 10, 1);
        Transfer transfer = new Transfer(member, other, null, LocalDate.of(2026, 9, 1), false, TODAY);
        transfer.receive(received, TODAY);
        assertThat(placed.getEndedOn()).isEqualTo(received);
        assertThat(member.currentPlacement()).isNull();
        assertRefused(() -> member.placeInGroup(group1, TODAY, JOINED, TODAY), "group.notUnderBranch", "groupId");

        Member removed = Ids.withId(new Member(new Member.Person("示例党员二", null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h", branch, null,
                new Steps(null, null, null, JOINED, JOINED.plusYears(1)), List.of(), null, null, TODAY), 11);
        GroupPlacement gone = removed.placeInGroup(group1, ON, JOINED, TODAY);
        removed.recordDeath(LocalDate.of(2026, 5, 1), TODAY);
        assertThat(gone.getEndedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertRefused(() -> removed.placeInGroup(group1, TODAY, JOINED, TODAY), "group.memberGone", null);
    }
}
