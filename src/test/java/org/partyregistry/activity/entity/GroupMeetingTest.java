package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

/** Rule ACT17: activity types fit organizations; a group's roll is its members; a group meeting needs someone. */
class GroupMeetingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate DAY = LocalDate.of(2026, 10, 15);

    Organization branch;
    Organization group;
    Member a;
    Member b;

    @BeforeEach
    void setUp() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        branch = Ids.withId(new Organization("示例支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        branch.anchor();
        group = Ids.withId(new Organization("示例党小组", OrganizationType.GROUP, branch, LocalDate.of(2000, 1, 1),
                TODAY), 3);
        group.anchor();
        a = member("甲", 10);
        b = member("乙", 11);
    }

    Member member(String name, long id) {
        return Ids.withId(new Member(new Member.Person("示例党员" + name, null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h" + id, branch, null,
                new Steps(null, null, null, LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1)), List.of(), null,
                null, TODAY), id);
    }

    Activity meeting(Organization organization, ActivityType type, List<Long> present, Roll roll) {
        return new Activity(organization, type, new Activity.Details("党小组会", DAY, null, null, null, null, null,
                null), new Activity.Sheet(present, null, null), roll, null, TODAY);
    }

    Roll groupRoll() {
        return Roll.of(branch.getPath(), DAY, List.of(a, b), List.of()).restrictedTo(Set.of(a.getId()));
    }

    @Test
    @DisplayName("ACT17 a group's roll holds only its placed members; one present makes a valid group meeting")
    void groupsRoll() {
        Roll roll = groupRoll();
        assertThat(roll.entries()).extracting(Roll.Entry::memberId).containsExactly(a.getId());
        assertThat(roll.isVoting(a.getId())).isTrue();
        Activity held = meeting(group, ActivityType.GROUP_MEETING, List.of(a.getId()), roll);
        assertThat(held.isValid()).isTrue();
        assertRefused(() -> meeting(group, ActivityType.GROUP_MEETING, List.of(b.getId()), roll),
                "activity.notMember", "presentMemberIds");
    }

    @Test
    @DisplayName("ACT17 a group meeting with nobody present is refused (excused and absent members are not enough)")
    void nobodyPresent() {
        assertRefused(() -> meeting(group, ActivityType.GROUP_MEETING, List.of(), groupRoll()),
                "activity.groupNobodyPresent", "presentMemberIds");
        assertRefused(() -> new Activity(group, ActivityType.GROUP_MEETING, new Activity.Details("党小组会", DAY,
                null, null, null, null, null, null), new Activity.Sheet(null, List.of(a.getId()), null), groupRoll(),
                null, TODAY), "activity.groupNobodyPresent", "presentMemberIds");
    }

    @Test
    @DisplayName("ACT17 a group holds group meetings, study sessions and others only; a branch holds no group meeting")
    void typesFit() {
        for (ActivityType type : ActivityType.values()) {
            boolean forGroup = type == ActivityType.GROUP_MEETING || type == ActivityType.STUDY_SESSION
                    || type == ActivityType.OTHER;
            if (forGroup) {
                Activity.checkFits(type, OrganizationType.GROUP);
            } else {
                assertRefused(() -> Activity.checkFits(type, OrganizationType.GROUP),
                        "activity.typeNotForOrganization", "type");
            }
        }
        for (OrganizationType type : List.of(OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH,
                OrganizationType.GENERAL_BRANCH, OrganizationType.COMMITTEE, OrganizationType.WORKING_COMMITTEE)) {
            assertRefused(() -> Activity.checkFits(ActivityType.GROUP_MEETING, type),
                    "activity.typeNotForOrganization", "type");
            Activity.checkFits(ActivityType.PARTY_LECTURE, type);
        }
        assertRefused(() -> meeting(branch, ActivityType.GROUP_MEETING, List.of(a.getId()),
                Roll.of(branch.getPath(), DAY, List.of(a, b), List.of())), "activity.typeNotForOrganization", "type");
    }
}
