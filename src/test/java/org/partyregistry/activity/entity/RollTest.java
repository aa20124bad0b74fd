package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Transfer;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

class RollTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Steps FULL = new Steps(null, null, null, LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1));

    Organization a;
    Organization b;
    Organization groupOfA;

    @BeforeEach
    void tree() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        a = Ids.withId(new Organization("甲支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1), TODAY), 2);
        a.anchor();
        b = Ids.withId(new Organization("乙支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1), TODAY), 3);
        b.anchor();
        groupOfA = Ids.withId(new Organization("第一党小组", OrganizationType.GROUP, a, LocalDate.of(2000, 1, 1),
                TODAY), 4);
        groupOfA.anchor();
    }

    Member member(Organization in, long id) {
        return Ids.withId(new Member(new Member.Person("党员" + id, null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h" + id, in, null, FULL, List.of(), null, null,
                TODAY), id);
    }

    @Test
    @DisplayName("ACT3 a received transfer moves the member on the day it is received, not on the day it was sent")
    void transfers() {
        Member moved = member(a, 10);
        Transfer transfer = Ids.withId(new Transfer(moved, b, null, LocalDate.of(2026, 9, 1), false, TODAY), 20);
        transfer.receive(LocalDate.of(2026, 10, 1), TODAY);
        assertThat(moved.getOrganization()).isEqualTo(b);
        List<Transfer> transfers = List.of(transfer);
        assertThat(Roll.of(a.getPath(), LocalDate.of(2026, 9, 30), List.of(moved), transfers).contains(10L)).isTrue();
        assertThat(Roll.of(b.getPath(), LocalDate.of(2026, 9, 30), List.of(moved), transfers).contains(10L))
                .isFalse();
        assertThat(Roll.of(a.getPath(), LocalDate.of(2026, 10, 1), List.of(moved), transfers).contains(10L))
                .isFalse();
        assertThat(Roll.of(b.getPath(), LocalDate.of(2026, 10, 1), List.of(moved), transfers).contains(10L)).isTrue();
    }

    @Test
    @DisplayName("ACT3 a pending transfer leaves the member with the sender")
    void pendingTransfer() {
        Member member = member(a, 11);
        Transfer pending = new Transfer(member, b, null, LocalDate.of(2026, 9, 1), false, TODAY);
        assertThat(Roll.of(a.getPath(), TODAY, List.of(member), List.of(pending)).contains(11L)).isTrue();
        assertThat(Roll.of(b.getPath(), TODAY, List.of(member), List.of(pending)).contains(11L)).isFalse();
    }

    @Test
    @DisplayName("ACT3 members of a group below count for the branch; a removed member only until removal")
    void subtreeAndRemoval() {
        Member inGroup = member(groupOfA, 12);
        Member removed = member(a, 13);
        removed.remove(LocalDate.of(2026, 6, 1), "示例", TODAY);
        assertThat(removed.getStatus()).isEqualTo(MemberStatus.REMOVED);
        Roll before = Roll.of(a.getPath(), LocalDate.of(2026, 5, 31), List.of(inGroup, removed), List.of());
        assertThat(before.entries()).extracting(Roll.Entry::memberId).containsExactlyInAnyOrder(12L, 13L);
        Roll after = Roll.of(a.getPath(), LocalDate.of(2026, 6, 1), List.of(inGroup, removed), List.of());
        assertThat(after.entries()).extracting(Roll.Entry::memberId).containsExactly(12L);
    }

    @Test
    @DisplayName("ACT4 read as rows: one row per suspension, repeated rows counted once, voting only outside both")
    void rows() {
        LocalDate full = LocalDate.of(2016, 7, 1);
        RollMember first = new RollMember(20, "党员20", a.getPath(), LocalDate.of(2015, 7, 1), full,
                MemberStatus.ACTIVE, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        RollMember second = new RollMember(20, "党员20", a.getPath(), LocalDate.of(2015, 7, 1), full,
                MemberStatus.ACTIVE, null, null, LocalDate.of(2026, 6, 1), null);
        RollMember other = new RollMember(21, "党员21", b.getPath(), LocalDate.of(2015, 7, 1), full,
                MemberStatus.ACTIVE, null, null, null, null);
        List<RollMember> rows = List.of(second, first, other, first, other);
        List<RollMove> moves = List.of(new RollMove(21, LocalDate.of(2026, 3, 1), a.getPath()),
                new RollMove(21, LocalDate.of(2026, 3, 1), a.getPath()));

        assertThat(Roll.from(a.getPath(), LocalDate.of(2026, 1, 15), rows, moves).entries()).containsExactly(
                new Roll.Entry(20, "党员20", false), new Roll.Entry(21, "党员21", true));
        assertThat(Roll.from(a.getPath(), LocalDate.of(2026, 2, 1), rows, moves).votingCount()).isEqualTo(2);
        assertThat(Roll.from(a.getPath(), LocalDate.of(2026, 3, 1), rows, moves).entries()).containsExactly(
                new Roll.Entry(20, "党员20", true));
        assertThat(Roll.from(a.getPath(), LocalDate.of(2026, 6, 1), rows, moves).entries()).containsExactly(
                new Roll.Entry(20, "党员20", false));
        assertThat(Roll.from(b.getPath(), LocalDate.of(2026, 6, 1), rows, moves).entries()).containsExactly(
                new Roll.Entry(21, "党员21", true));
    }
}
