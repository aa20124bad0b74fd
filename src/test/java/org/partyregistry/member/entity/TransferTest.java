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

class TransferTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate ON = LocalDate.of(2026, 10, 1);

    Organization branchA;
    Organization branchB;
    Member member;

    @BeforeEach
    void setUp() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        branchA = Ids.withId(new Organization("甲支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        branchA.anchor();
        branchB = Ids.withId(new Organization("乙支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 3);
        branchB.anchor();
        member = new Member(new Member.Person("示例党员乙", null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h", branchA, null,
                new Steps(null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)), List.of(), null, null,
                TODAY);
    }

    @Test
    @DisplayName("M14 never to the member's own organization; exactly one destination; one pending at a time")
    void refusals() {
        assertRefused(() -> new Transfer(member, branchA, null, ON, false, TODAY), "transfer.sameOrganization",
                "toOrganizationId");
        assertRefused(() -> new Transfer(member, null, " ", ON, false, TODAY), "transfer.oneDestination",
                "toOrganizationId");
        assertRefused(() -> new Transfer(member, branchB, "外省某支部", ON, false, TODAY), "transfer.oneDestination",
                "toOrganizationId");
        assertRefused(() -> new Transfer(member, branchB, null, ON, true, TODAY), "transfer.alreadyPending", null);
        assertRefused(() -> new Transfer(member, branchB, null, TODAY.plusDays(1), false, TODAY),
                "error.dateInFuture", "on");
    }

    @Test
    @DisplayName("M14 the sender keeps the member until the receiver confirms")
    void receive() {
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        assertThat(member.getOrganization()).isEqualTo(branchA);
        assertThat(transfer.deciderPath()).isEqualTo(branchB.getPath());
        assertRefused(() -> transfer.receive(ON.minusDays(1), TODAY), "transfer.beforeSent", "on");
        transfer.receive(ON.plusDays(3), TODAY);
        assertThat(member.getOrganization()).isEqualTo(branchB);
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.RECEIVED);
        assertRefused(() -> transfer.refuse(ON.plusDays(4), "迟了", TODAY), "transfer.notPending", null);
    }

    @Test
    @DisplayName("M14 a refusal needs a reason and leaves the member where they were")
    void refuse() {
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        assertRefused(() -> transfer.refuse(ON, "", TODAY), "transfer.reasonRequired", "reason");
        transfer.refuse(ON, "材料不全", TODAY);
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.REFUSED);
        assertThat(member.getOrganization()).isEqualTo(branchA);
    }

    @Test
    @DisplayName("M14 a confirmed transfer out of the zone takes the member off the roster")
    void outOfTheZone() {
        Transfer transfer = new Transfer(member, null, "外省某企业党支部", ON, false, TODAY);
        assertThat(transfer.deciderPath()).isEqualTo(branchA.getPath());
        transfer.receive(ON, TODAY);
        assertThat(member.getLeftZoneOn()).isEqualTo(ON);
        assertThat(member.getLeftZoneTo()).isEqualTo("外省某企业党支部");
        assertRefused(() -> new Transfer(member, branchB, null, ON, false, TODAY), "member.wrongStatus", null);
    }

    @Test
    @DisplayName("M14 sent, received, refused today at the latest: today accepted, tomorrow and the largest date not")
    void datesNotInFuture() {
        assertThat(new Transfer(member, branchB, null, TODAY, false, TODAY).getSentOn()).isEqualTo(TODAY);
        assertRefused(() -> new Transfer(member, branchB, null, LocalDate.MAX, false, TODAY),
                "error.dateInFuture", "on");
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        assertRefused(() -> transfer.receive(TODAY.plusDays(1), TODAY), "error.dateInFuture", "on");
        assertRefused(() -> transfer.refuse(LocalDate.of(9999, 1, 1), "材料不全", TODAY), "error.dateInFuture", "on");
        transfer.receive(TODAY, TODAY);
        assertThat(transfer.getDecidedOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("M14 a transfer date before 1921-07-01 is refused on 'on'; the founding day itself passes that rule")
    void datesNotBeforeParty() {
        assertRefused(() -> new Transfer(member, branchB, null, LocalDate.of(1921, 6, 30), false, TODAY),
                "error.dateTooEarly", "on");
        assertThat(new Transfer(member, branchB, null, LocalDate.of(1921, 7, 1), false, TODAY).getSentOn())
                .isEqualTo(LocalDate.of(1921, 7, 1));
    }

    @Test
    @DisplayName("M14 a member who died after the transfer was sent cannot be received: 409 with the reason")
    void receiveAfterDeath() {
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        member.recordDeath(ON.plusDays(1), TODAY);
        assertConflict(() -> transfer.receive(ON.plusDays(2), TODAY), "transfer.memberDeceased");
        assertThat(member.getOrganization()).isEqualTo(branchA);
        assertThat(transfer.getStatus()).isEqualTo(TransferStatus.PENDING);
    }

    @Test
    @DisplayName("M14 a removed member cannot be received")
    void receiveAfterRemoval() {
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        member.remove(ON, null, TODAY);
        assertConflict(() -> transfer.receive(ON, TODAY), "transfer.memberRemoved");
    }

    @Test
    @DisplayName("M14 suspended on the day the transfer was sent or later: refused; suspended before it: received")
    void receiveAfterSuspension() {
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        member.suspend(ON, TODAY);
        assertConflict(() -> transfer.receive(ON.plusDays(1), TODAY), "transfer.memberSuspended");

        Member other = new Member(new Member.Person("示例党员丙", null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h", branchA, null,
                new Steps(null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)), List.of(), null, null,
                TODAY);
        other.suspend(ON.minusDays(1), TODAY);
        Transfer earlier = new Transfer(other, branchB, null, ON, false, TODAY);
        earlier.receive(ON.plusDays(1), TODAY);
        assertThat(other.getOrganization()).isEqualTo(branchB);
    }

    @Test
    @DisplayName("M14 the receiving organization dissolved since: refused")
    void receiveIntoDissolved() {
        Transfer transfer = new Transfer(member, branchB, null, ON, false, TODAY);
        branchB.dissolve(ON.plusDays(1), "撤销", TODAY);
        assertConflict(() -> transfer.receive(ON.plusDays(2), TODAY), "transfer.receiverNotActive");
        assertThat(member.getOrganization()).isEqualTo(branchA);
    }

    static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOf(org.partyregistry.platform.ConflictException.class)
                .satisfies(e -> assertThat(((org.partyregistry.platform.BusinessException) e).key()).isEqualTo(key))
                .satisfies(e -> assertThat(((org.partyregistry.platform.BusinessException) e).status())
                        .isEqualTo(409));
    }
}
