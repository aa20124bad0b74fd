package org.partyregistry.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.OrganizationType;

/** Rule O15: size warnings at their boundaries. */
class SizeWarningTest {

    @Test
    @DisplayName("O15 a branch of 50 members is not warned, 51 is OVER_50; 100 OVER_50, 101 OVER_100")
    void branch() {
        assertThat(SizeWarning.kindOf(OrganizationType.BRANCH, 50)).isNull();
        assertThat(SizeWarning.kindOf(OrganizationType.BRANCH, 51)).isEqualTo(SizeWarning.Kind.OVER_50);
        assertThat(SizeWarning.kindOf(OrganizationType.JOINT_BRANCH, 100)).isEqualTo(SizeWarning.Kind.OVER_50);
        assertThat(SizeWarning.kindOf(OrganizationType.JOINT_BRANCH, 101)).isEqualTo(SizeWarning.Kind.OVER_100);
    }

    @Test
    @DisplayName("O15 a general branch is warned only over 100; a committee never")
    void otherTypes() {
        assertThat(SizeWarning.kindOf(OrganizationType.GENERAL_BRANCH, 80)).isNull();
        assertThat(SizeWarning.kindOf(OrganizationType.GENERAL_BRANCH, 101)).isEqualTo(SizeWarning.Kind.OVER_100);
        assertThat(SizeWarning.kindOf(OrganizationType.COMMITTEE, 500)).isNull();
    }

    @Test
    @DisplayName("O15 the rows become warnings, largest first, the unwarned dropped")
    void rows() {
        List<SizeWarning> warnings = SizeWarning.of(List.of(
                new MemberTotal(1L, "甲支部", OrganizationType.BRANCH, 51),
                new MemberTotal(2L, "乙总支", OrganizationType.GENERAL_BRANCH, 60),
                new MemberTotal(3L, "丙支部", OrganizationType.BRANCH, 120)));
        assertThat(warnings).containsExactly(
                new SizeWarning(3L, "丙支部", SizeWarning.Kind.OVER_100, 120),
                new SizeWarning(1L, "甲支部", SizeWarning.Kind.OVER_50, 51));
    }
}
