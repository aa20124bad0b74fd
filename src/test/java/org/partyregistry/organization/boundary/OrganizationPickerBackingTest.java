package org.partyregistry.organization.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;

class OrganizationPickerBackingTest {

    private static OrganizationView org(long id, Long parentId, String name, OrganizationStatus status) {
        return new OrganizationView(id, name, OrganizationType.BRANCH, parentId, null, LocalDate.of(2020, 1, 1),
                null, null, status, null, 0, List.of());
    }

    @Test
    void labelsAreIndentedByDepthInTreeOrder() {
        List<OrganizationPickerBacking.Choice> choices = OrganizationPickerBacking.choices(List.of(
                org(1, null, "Zone", OrganizationStatus.ACTIVE),
                org(2, 1L, "Park", OrganizationStatus.ACTIVE),
                org(3, 2L, "Branch", OrganizationStatus.DISSOLVED),
                org(4, 1L, "Other park", OrganizationStatus.ACTIVE)));

        assertThat(choices).extracting(OrganizationPickerBacking.Choice::label)
                .containsExactly("Zone", "\u3000Park", "\u3000\u3000Branch", "\u3000Other park");
        assertThat(choices).extracting(OrganizationPickerBacking.Choice::active)
                .containsExactly(true, true, false, true);
    }

    @Test
    void aSecretarysTopOrganizationStartsAtDepthZero() {
        // the parent lies outside the secretary's scope, so it is not in the list
        List<OrganizationPickerBacking.Choice> choices = OrganizationPickerBacking.choices(List.of(
                org(7, 2L, "Branch", OrganizationStatus.ACTIVE),
                org(8, 7L, "Group", OrganizationStatus.ACTIVE)));

        assertThat(choices).extracting(OrganizationPickerBacking.Choice::depth).containsExactly(0, 1);
    }
}
