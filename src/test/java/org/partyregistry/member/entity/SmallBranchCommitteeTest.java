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
import org.partyregistry.organization.entity.Term;
import org.partyregistry.testsupport.Ids;

/** Rules O12 and M18: a small branch's two seats are a secretary and a deputy. */
class SmallBranchCommitteeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    Organization zone;
    Organization branch;
    Organization generalBranch;
    long nextId = 100;

    @BeforeEach
    void tree() {
        zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        branch = Ids.withId(new Organization("示例小支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        branch.anchor();
        generalBranch = Ids.withId(new Organization("示例总支", OrganizationType.GENERAL_BRANCH, zone,
                LocalDate.of(2000, 1, 1), TODAY), 3);
        generalBranch.anchor();
    }

    Member full(Organization organization) {
        long id = nextId++;
        String first17 = String.format("37070019900101%03d", id);
        return Ids.withId(new Member(new Member.Person("委员" + id, null, null, null, null, null),
                IdNumber.parse(first17 + IdNumber.checkCharacter(first17), TODAY), "c", "h" + id, organization, null,
                new Steps(null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)), List.of(), null,
                null, TODAY), id);
    }

    @Test
    @DisplayName("O12 a branch term of 2 seats takes a secretary and a deputy, refuses an organization member")
    void secretaryAndDeputyOnly() {
        Term term = new Term(branch, null, 1, LocalDate.of(2025, 3, 1), null, 2, null, null, TODAY);
        assertThat(Committee.of(term, branch.getPath(), List.of(
                new Committee.Assignment(full(branch), Seat.SECRETARY),
                new Committee.Assignment(full(branch), Seat.DEPUTY_SECRETARY)))).hasSize(2);
        assertRefused(() -> Committee.of(term, branch.getPath(), List.of(
                new Committee.Assignment(full(branch), Seat.SECRETARY),
                new Committee.Assignment(full(branch), Seat.ORGANIZATION))), "committee.smallBranchSeat", "holders");
    }

    @Test
    @DisplayName("O12 a branch term of 3 seats, or a general branch of 2, may give portfolios")
    void portfoliosFromThreeSeats() {
        Term three = new Term(branch, null, 1, LocalDate.of(2025, 3, 1), null, 3, null, null, TODAY);
        assertThat(Committee.of(three, branch.getPath(), List.of(
                new Committee.Assignment(full(branch), Seat.ORGANIZATION)))).hasSize(1);
        Term general = new Term(generalBranch, null, 1, LocalDate.of(2025, 3, 1), null, 2, null, null, TODAY);
        assertThat(Committee.of(general, generalBranch.getPath(), List.of(
                new Committee.Assignment(full(generalBranch), Seat.PUBLICITY)))).hasSize(1);
    }
}
