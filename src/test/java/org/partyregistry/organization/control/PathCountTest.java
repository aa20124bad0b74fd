package org.partyregistry.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.OrganizationType;

class PathCountTest {

    @Test
    @DisplayName("O15 members count for their organization and every one above it: a group's for its branch, "
            + "branches' for their general branch")
    void membersCountUpTheTree() {
        // zone 1 > general branch 7 > branches 42 (with group 43) and 44; branch 9 directly under the zone
        Map<Long, Long> totals = PathCount.perOrganization(List.of(new PathCount("/1/7/42/", 40),
                new PathCount("/1/7/42/43/", 11), new PathCount("/1/7/44/", 50), new PathCount("/1/9/", 3)));
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 104L, 7L, 101L, 42L, 51L, 43L, 11L,
                44L, 50L, 9L, 3L));
        assertThat(SizeWarning.kindOf(OrganizationType.BRANCH, totals.get(42L))).isEqualTo(SizeWarning.Kind.OVER_50);
        assertThat(SizeWarning.kindOf(OrganizationType.BRANCH, totals.get(44L))).isNull();
        assertThat(SizeWarning.kindOf(OrganizationType.GENERAL_BRANCH, totals.get(7L)))
                .isEqualTo(SizeWarning.Kind.OVER_100);
    }

    @Test
    @DisplayName("an organization with no member placed in or under it has no total")
    void emptyOrganizationsAreAbsent() {
        assertThat(PathCount.perOrganization(List.of())).isEmpty();
        assertThat(PathCount.perOrganization(List.of(new PathCount("/1/2/", 0)))).containsEntry(2L, 0L);
    }
}
