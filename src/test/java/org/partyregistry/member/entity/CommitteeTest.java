package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;
import org.partyregistry.testsupport.Ids;

class CommitteeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String ID_1990 = "37070019900101001X";

    final AtomicLong ids = new AtomicLong(100);
    Organization zone;
    Organization branch;
    Organization other;
    Term term;

    @BeforeEach
    void tree() {
        zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        branch = Ids.withId(new Organization("示例支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        branch.anchor();
        other = Ids.withId(new Organization("另一支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 3);
        other.anchor();
        term = new Term(branch, null, 1, LocalDate.of(2025, 3, 1), null, 5, null, null, TODAY);
    }

    Member member(Organization organization, Steps steps, MemberStatus status) {
        return Ids.withId(new Member(new Member.Person("委员" + ids.get(), null, null, null, null, null),
                IdNumber.parse(ID_1990, TODAY), "cipher", "hash" + ids.get(), organization, null, steps, List.of(),
                status, status == null ? null : LocalDate.of(2026, 1, 1), TODAY), ids.incrementAndGet());
    }

    Member full() {
        return member(branch, new Steps(null, null, null, LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1)), null);
    }

    List<Committee.Assignment> seats(Seat... seats) {
        List<Committee.Assignment> list = new ArrayList<>();
        for (Seat seat : seats) {
            list.add(new Committee.Assignment(full(), seat));
        }
        return list;
    }

    @Test
    @DisplayName("M18 a committee of five portfolios fills the five seats")
    void fullCommittee() {
        List<SeatHolder> holders = Committee.of(term, branch.getPath(), seats(Seat.SECRETARY, Seat.DEPUTY_SECRETARY,
                Seat.ORGANIZATION, Seat.PUBLICITY, Seat.DISCIPLINE));
        assertThat(holders).hasSize(5);
        assertThat(holders).extracting(SeatHolder::getTerm).containsOnly(term);
        assertThat(Committee.of(term, branch.getPath(), List.of())).as("an empty committee clears it").isEmpty();
    }

    @Test
    @DisplayName("M18 no more holders than seats; one secretary; two deputies at most; each member once")
    void limits() {
        assertRefused(() -> Committee.of(term, branch.getPath(), seats(Seat.SECRETARY, Seat.COMMITTEE_MEMBER,
                Seat.COMMITTEE_MEMBER, Seat.COMMITTEE_MEMBER, Seat.COMMITTEE_MEMBER, Seat.COMMITTEE_MEMBER)),
                "committee.tooMany", "holders");
        assertRefused(() -> Committee.of(term, branch.getPath(), seats(Seat.SECRETARY, Seat.SECRETARY)),
                "committee.seatFull", "holders");
        assertThat(Committee.of(term, branch.getPath(), seats(Seat.SECRETARY, Seat.DEPUTY_SECRETARY,
                Seat.DEPUTY_SECRETARY))).hasSize(3);
        assertRefused(() -> Committee.of(term, branch.getPath(), seats(Seat.DEPUTY_SECRETARY, Seat.DEPUTY_SECRETARY,
                Seat.DEPUTY_SECRETARY)), "committee.seatFull", "holders");
        Member twice = full();
        assertRefused(() -> Committee.of(term, branch.getPath(), List.of(new Committee.Assignment(twice,
                Seat.SECRETARY), new Committee.Assignment(twice, Seat.ORGANIZATION))), "committee.memberTwice",
                "holders");
    }

    @Test
    @DisplayName("M18 holders are active full members of the organization: not probationary, suspended or elsewhere")
    void holdersAreActiveFullMembersOfTheOrganization() {
        Member probationary = member(branch, new Steps(null, null, null, LocalDate.of(2026, 3, 1), null), null);
        assertRefused(() -> Committee.of(term, branch.getPath(), List.of(new Committee.Assignment(probationary,
                Seat.SECRETARY))), "committee.notFullMember", "holders");
        Member suspended = member(branch, new Steps(null, null, null, LocalDate.of(2015, 7, 1),
                LocalDate.of(2016, 7, 1)), MemberStatus.SUSPENDED);
        assertRefused(() -> Committee.of(term, branch.getPath(), List.of(new Committee.Assignment(suspended,
                Seat.SECRETARY))), "committee.notFullMember", "holders");
        Member elsewhere = member(other, new Steps(null, null, null, LocalDate.of(2015, 7, 1),
                LocalDate.of(2016, 7, 1)), null);
        assertRefused(() -> Committee.of(term, branch.getPath(), List.of(new Committee.Assignment(elsewhere,
                Seat.SECRETARY))), "committee.notInOrganization", "holders");
    }

    @Test
    @DisplayName("M18 S3: a member of another branch is named by id only, never by name, even when listed twice")
    void outsiderNamedByIdOnly() {
        Member elsewhere = member(other, new Steps(null, null, null, LocalDate.of(2015, 7, 1),
                LocalDate.of(2016, 7, 1)), null);
        assertThatThrownBy(() -> Committee.of(term, branch.getPath(), List.of(
                new Committee.Assignment(elsewhere, Seat.SECRETARY), new Committee.Assignment(elsewhere,
                        Seat.DEPUTY_SECRETARY))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.notInOrganization");
                    assertThat(e.args()).containsExactly(elsewhere.getId());
                    assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).format(e.key(), e.args()))
                            .contains(String.valueOf(elsewhere.getId())).doesNotContain(elsewhere.getName());
                    assertThat(Messages.of(Locale.ENGLISH).format(e.key(), e.args()))
                            .contains(String.valueOf(elsewhere.getId())).doesNotContain(elsewhere.getName());
                });
    }

    @Test
    @DisplayName("M18 a term without seats, or ended, has no committee to record")
    void termWithoutSeatsOrEnded() {
        Term seatless = new Term(other, null, 1, LocalDate.of(2025, 3, 1), null, null, null, null, TODAY);
        assertRefused(() -> Committee.of(seatless, other.getPath(), List.of()), "committee.noSeats", null);
        Term next = new Term(branch, term, 2, LocalDate.of(2026, 6, 1), null, 5, null, null, TODAY);
        term.succeed(next);
        assertRefused(() -> Committee.of(term, branch.getPath(), seats(Seat.SECRETARY)), "committee.termEnded",
                null);
    }
}
