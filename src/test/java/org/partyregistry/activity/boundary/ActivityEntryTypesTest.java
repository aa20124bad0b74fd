package org.partyregistry.activity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.organization.entity.OrganizationType;

class ActivityEntryTypesTest {

    private static List<ActivityType> offered(OrganizationType kind, boolean hasGroups) {
        return Arrays.stream(ActivityType.values()).filter(t -> ActivityEntryBacking.fits(kind, t, hasGroups))
                .toList();
    }

    @Test
    @DisplayName("a group is offered group meetings, study sessions and other activities only")
    void group() {
        assertThat(offered(OrganizationType.GROUP, false)).containsExactly(ActivityType.GROUP_MEETING,
                ActivityType.STUDY_SESSION, ActivityType.OTHER);
    }

    @Test
    @DisplayName("a branch with groups is offered group meetings (naming the group); one without groups is not")
    void branch() {
        assertThat(offered(OrganizationType.BRANCH, true)).contains(ActivityType.GROUP_MEETING)
                .hasSize(ActivityType.values().length);
        assertThat(offered(OrganizationType.JOINT_BRANCH, true)).contains(ActivityType.GROUP_MEETING);
        assertThat(offered(OrganizationType.BRANCH, false)).doesNotContain(ActivityType.GROUP_MEETING)
                .hasSize(ActivityType.values().length - 1);
    }

    @Test
    @DisplayName("a committee or general branch records no group meetings")
    void aboveBranches() {
        assertThat(offered(OrganizationType.COMMITTEE, true)).doesNotContain(ActivityType.GROUP_MEETING)
                .contains(ActivityType.BRANCH_COMMITTEE_MEETING, ActivityType.THEMED_PARTY_DAY);
        assertThat(offered(OrganizationType.GENERAL_BRANCH, false)).doesNotContain(ActivityType.GROUP_MEETING);
    }
}
