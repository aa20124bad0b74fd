package org.partyregistry.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.organization.entity.OrganizationType.BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.COMMITTEE;
import static org.partyregistry.organization.entity.OrganizationType.GENERAL_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.GROUP;
import static org.partyregistry.organization.entity.OrganizationType.JOINT_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.WORKING_COMMITTEE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganizationTypeTest {

    /** Rule O1, written out as a table: the parent types each type may sit under. */
    private static Set<OrganizationType> allowedParents(OrganizationType type) {
        return switch (type) {
            case WORKING_COMMITTEE -> EnumSet.noneOf(OrganizationType.class);
            case COMMITTEE, GENERAL_BRANCH -> EnumSet.of(WORKING_COMMITTEE, COMMITTEE);
            case BRANCH, JOINT_BRANCH -> EnumSet.of(WORKING_COMMITTEE, COMMITTEE, GENERAL_BRANCH);
            case GROUP -> EnumSet.of(BRANCH, JOINT_BRANCH);
        };
    }

    @ParameterizedTest(name = "O1 {0} under each parent type")
    @EnumSource(OrganizationType.class)
    @DisplayName("O1 placement matrix: every (type, parent type) pair")
    void placementMatrix(OrganizationType type) {
        for (OrganizationType parent : OrganizationType.values()) {
            assertThat(type.mayBeUnder(parent))
                    .as("%s under %s", type, parent)
                    .isEqualTo(allowedParents(type).contains(parent));
        }
    }

    @Test
    @DisplayName("O1 only a working committee is a root")
    void onlyWorkingCommitteeIsRoot() {
        assertThat(WORKING_COMMITTEE.mayBeUnder(null)).isTrue();
        for (OrganizationType type : EnumSet.complementOf(EnumSet.of(WORKING_COMMITTEE))) {
            assertThat(type.mayBeUnder(null)).as("%s as a root", type).isFalse();
        }
    }

    @Test
    @DisplayName("O1 nothing sits under a group")
    void nothingUnderGroup() {
        for (OrganizationType type : OrganizationType.values()) {
            assertThat(type.mayBeUnder(GROUP)).as("%s under GROUP", type).isFalse();
        }
    }

    @Test
    @DisplayName("O1 a group sits under a branch or joint branch, not under a committee or general branch")
    void groupOnlyUnderBranches() {
        assertThat(GROUP.mayBeUnder(BRANCH)).isTrue();
        assertThat(GROUP.mayBeUnder(JOINT_BRANCH)).isTrue();
        assertThat(GROUP.mayBeUnder(COMMITTEE)).isFalse();
        assertThat(GROUP.mayBeUnder(GENERAL_BRANCH)).isFalse();
        assertThat(GROUP.mayBeUnder(WORKING_COMMITTEE)).isFalse();
    }

    @Test
    @DisplayName("O6 committees serve 5 years, general branches and (joint) branches 3")
    void termYears() {
        assertThat(COMMITTEE.termYears()).isEqualTo(5);
        assertThat(GENERAL_BRANCH.termYears()).isEqualTo(3);
        assertThat(BRANCH.termYears()).isEqualTo(3);
        assertThat(JOINT_BRANCH.termYears()).isEqualTo(3);
    }

    @Test
    @DisplayName("O6 working committees and groups have no terms")
    void noTermsForWorkingCommitteeAndGroup() {
        assertThat(WORKING_COMMITTEE.termYears()).isZero();
        assertThat(GROUP.termYears()).isZero();
        assertThat(WORKING_COMMITTEE.hasTerms()).isFalse();
        assertThat(GROUP.hasTerms()).isFalse();
        assertThat(COMMITTEE.hasTerms()).isTrue();
        assertThat(GENERAL_BRANCH.hasTerms()).isTrue();
        assertThat(BRANCH.hasTerms()).isTrue();
        assertThat(JOINT_BRANCH.hasTerms()).isTrue();
    }

    @Test
    @DisplayName("O9 a branch or joint branch committee has at most 7 seats; other levels more")
    void maxSeats() {
        assertThat(BRANCH.maxSeats()).isEqualTo(7);
        assertThat(JOINT_BRANCH.maxSeats()).isEqualTo(7);
        assertThat(COMMITTEE.maxSeats()).isGreaterThan(7);
        assertThat(GENERAL_BRANCH.maxSeats()).isGreaterThan(7);
    }

    @Test
    @DisplayName("isBranch: branch and joint branch only")
    void isBranch() {
        assertThat(EnumSet.allOf(OrganizationType.class).stream().filter(OrganizationType::isBranch))
                .containsExactlyInAnyOrder(BRANCH, JOINT_BRANCH);
    }
}
