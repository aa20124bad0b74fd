package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

class ActivityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate MEETING = LocalDate.of(2026, 10, 15);
    static final String ID_1990 = "37070019900101001X";

    final AtomicLong ids = new AtomicLong(100);
    Organization branch;

    @BeforeEach
    void tree() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        branch = Ids.withId(new Organization("示例支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        branch.anchor();
    }

    Member member(Steps steps, List<Suspension> suspensions) {
        return Ids.withId(new Member(new Member.Person("党员" + ids.get(), null, null, null, null, null),
                IdNumber.parse(ID_1990, TODAY), "cipher", "hash" + ids.get(), branch, null, steps, suspensions, null,
                null, TODAY), ids.incrementAndGet());
    }

    Member full() {
        return member(new Steps(null, null, null, LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1)), List.of());
    }

    Member probationary() {
        return member(new Steps(null, null, null, LocalDate.of(2026, 3, 1), null), List.of());
    }

    static List<Long> idsOf(List<Member> members) {
        return members.stream().map(Member::getId).toList();
    }

    static List<Member> fulls(ActivityTest test, int n) {
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(test.full());
        }
        return list;
    }

    Activity meeting(ActivityType type, List<Member> all, List<Long> present, Integer seats) {
        return meeting(type, all, present, seats, java.util.Set.of());
    }

    /** As above, with the term's seat holders recorded ({@code holders}; rule ACT5). */
    Activity meeting(ActivityType type, List<Member> all, List<Long> present, Integer seats,
                     java.util.Set<Long> holders) {
        Roll roll = Roll.of(branch.getPath(), MEETING, all, List.of());
        return new Activity(branch, type, new Activity.Details("支部党员大会", MEETING, null, null, null, null, null,
                null), new Activity.Sheet(present, null, null), roll, seats, holders, TODAY);
    }

    @Test
    @DisplayName("ACT4 a general meeting with exactly half of the voting members present is invalid; half + 1 is valid")
    void generalMeetingQuorumBoundary() {
        List<Member> ten = fulls(this, 10);
        Activity half = meeting(ActivityType.BRANCH_GENERAL_MEETING, ten, idsOf(ten.subList(0, 5)), null);
        assertThat(half.isValid()).isFalse();
        assertThat(half.getInvalidReason()).isEqualTo(Validity.NO_QUORUM);
        assertThat(half.getQuorumPresent()).isEqualTo(5);
        assertThat(half.getQuorumBase()).isEqualTo(10);

        Activity more = meeting(ActivityType.BRANCH_GENERAL_MEETING, ten, idsOf(ten.subList(0, 6)), null);
        assertThat(more.isValid()).isTrue();
        assertThat(more.getInvalidReason()).isNull();

        List<Member> seven = fulls(this, 7);
        assertThat(meeting(ActivityType.BRANCH_GENERAL_MEETING, seven, idsOf(seven.subList(0, 3)), null).isValid())
                .as("3 of 7").isFalse();
        assertThat(meeting(ActivityType.BRANCH_GENERAL_MEETING, seven, idsOf(seven.subList(0, 4)), null).isValid())
                .as("4 of 7").isTrue();
    }

    @Test
    @DisplayName("ACT4 probationary members attend but neither count as present nor as voting members")
    void probationaryMembersDoNotCount() {
        List<Member> fulls = fulls(this, 4);
        List<Member> all = new ArrayList<>(fulls);
        Member p1 = probationary();
        Member p2 = probationary();
        all.add(p1);
        all.add(p2);
        List<Long> present = new ArrayList<>(idsOf(fulls.subList(0, 2)));
        present.add(p1.getId());
        present.add(p2.getId());
        Activity meeting = meeting(ActivityType.BRANCH_GENERAL_MEETING, all, present, null);
        assertThat(meeting.getQuorumBase()).as("4 voting members, not 6").isEqualTo(4);
        assertThat(meeting.getQuorumPresent()).as("2 voting present, not 4").isEqualTo(2);
        assertThat(meeting.isValid()).isFalse();
        assertThat(meeting.count(AttendanceStatus.PRESENT)).as("their attendance is still recorded").isEqualTo(4);

        present.add(fulls.get(2).getId());
        assertThat(meeting(ActivityType.BRANCH_GENERAL_MEETING, all, present, null).isValid()).isTrue();
    }

    @Test
    @DisplayName("ACT4 a member suspended on the meeting's date does not vote; a full member only from fullOn")
    void suspendedAndNotYetFull() {
        List<Member> all = new ArrayList<>(fulls(this, 2));
        all.add(member(new Steps(null, null, null, LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1)),
                List.of(new Suspension(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 16)))));
        all.add(member(new Steps(null, null, null, LocalDate.of(2025, 10, 15), LocalDate.of(2026, 10, 15)),
                List.of()));
        all.add(member(new Steps(null, null, null, LocalDate.of(2025, 10, 16), LocalDate.of(2026, 10, 16)),
                List.of()));
        Roll roll = Roll.of(branch.getPath(), MEETING, all, List.of());
        assertThat(roll.entries()).hasSize(5);
        assertThat(roll.votingCount()).as("2 full, 1 full on the day; not the suspended, not the one full a day later")
                .isEqualTo(3);
        assertThat(roll.isVoting(all.get(3).getId())).isTrue();
        assertThat(roll.isVoting(all.get(4).getId())).isFalse();
    }

    @Test
    @DisplayName("ACT4 no voting member at all: no quorum")
    void noVoters() {
        Member p = probationary();
        assertThat(meeting(ActivityType.BRANCH_GENERAL_MEETING, List.of(p), List.of(p.getId()), null).isValid())
                .isFalse();
    }

    @Test
    @DisplayName("ACT5 a committee meeting needs more than half of the term's seats; without seats it is invalid")
    void committeeQuorum() {
        List<Member> five = fulls(this, 5);
        java.util.Set<Long> holders = java.util.Set.copyOf(idsOf(five));
        Activity two = meeting(ActivityType.BRANCH_COMMITTEE_MEETING, five, idsOf(five.subList(0, 2)), 5, holders);
        assertThat(two.isValid()).isFalse();
        assertThat(two.getQuorumBase()).isEqualTo(5);
        assertThat(meeting(ActivityType.BRANCH_COMMITTEE_MEETING, five, idsOf(five.subList(0, 3)), 5, holders)
                .isValid()).isTrue();
        assertThat(meeting(ActivityType.BRANCH_COMMITTEE_MEETING, five, idsOf(five.subList(0, 2)), 4,
                java.util.Set.copyOf(idsOf(five.subList(0, 4)))).isValid()).as("exactly half of 4").isFalse();
        Activity none = meeting(ActivityType.BRANCH_COMMITTEE_MEETING, five, idsOf(five), null);
        assertThat(none.isValid()).isFalse();
        assertThat(none.getInvalidReason()).isEqualTo(Validity.NO_COMMITTEE);
    }

    @Test
    @DisplayName("ACT5 with the seat holders recorded only they count: members who sit in do not make the quorum")
    void committeeQuorumCountsSeatHolders() {
        List<Member> seven = fulls(this, 7);
        java.util.Set<Long> holders = java.util.Set.copyOf(idsOf(seven.subList(0, 5)));
        Roll roll = Roll.of(branch.getPath(), MEETING, seven, List.of());
        Activity.Details details = new Activity.Details("支委会", MEETING, null, null, null, null, null, null);
        List<Long> twoHoldersAndTwoGuests = List.of(seven.get(0).getId(), seven.get(1).getId(), seven.get(5).getId(),
                seven.get(6).getId());
        Activity guests = new Activity(branch, ActivityType.BRANCH_COMMITTEE_MEETING, details,
                new Activity.Sheet(twoHoldersAndTwoGuests, null, null), roll, 5, holders, TODAY);
        assertThat(guests.isValid()).as("2 of 5 seat holders, whoever else came").isFalse();
        assertThat(guests.getQuorumPresent()).isEqualTo(2);
        assertThat(guests.getQuorumBase()).isEqualTo(5);
        assertThat(guests.count(AttendanceStatus.PRESENT)).as("the guests' attendance is kept").isEqualTo(4);

        Activity three = new Activity(branch, ActivityType.BRANCH_COMMITTEE_MEETING, details,
                new Activity.Sheet(idsOf(seven.subList(0, 3)), null, null), roll, 5, holders, TODAY);
        assertThat(three.isValid()).as("3 of 5 seat holders").isTrue();
        Activity unrecorded = new Activity(branch, ActivityType.BRANCH_COMMITTEE_MEETING, details,
                new Activity.Sheet(twoHoldersAndTwoGuests, null, null), roll, 5, java.util.Set.of(), TODAY);
        assertThat(unrecorded.isValid()).as("no seat holders recorded: kept, but invalid").isFalse();
        assertThat(unrecorded.getInvalidReason()).isEqualTo(Validity.COMMITTEE_NOT_RECORDED);
        assertThat(unrecorded.count(AttendanceStatus.PRESENT)).isEqualTo(4);
        Activity allFive = new Activity(branch, ActivityType.BRANCH_COMMITTEE_MEETING, details,
                new Activity.Sheet(idsOf(seven.subList(0, 5)), null, null), roll, 5, java.util.Set.of(), TODAY);
        assertThat(allFive.isValid()).as("even with every member present: the committee is unknown").isFalse();
    }

    @Test
    @DisplayName("ACT6 other types are valid when held, whoever came")
    void otherTypesValidWhenHeld() {
        List<Member> four = fulls(this, 4);
        for (ActivityType type : List.of(ActivityType.PARTY_LECTURE, ActivityType.THEMED_PARTY_DAY,
                ActivityType.OTHER)) {
            assertThat(meeting(type, four, List.of(), null).isValid()).as(type.name()).isTrue();
        }
    }

    @Test
    @DisplayName("ACT3 a member listed twice, a non-member, or a member admitted after the date is refused")
    void attendanceRules() {
        Member a = full();
        Member b = full();
        Member later = member(new Steps(null, null, null, LocalDate.of(2026, 10, 16), null), List.of());
        Roll roll = Roll.of(branch.getPath(), MEETING, List.of(a, b, later), List.of());
        Activity.Details details = new Activity.Details("党课", MEETING, null, null, null, null, null, null);
        assertRefused(() -> new Activity(branch, ActivityType.PARTY_LECTURE, details,
                new Activity.Sheet(List.of(a.getId()), null, List.of(a.getId())), roll, null, TODAY),
                "activity.listedTwice", "absentMemberIds");
        assertRefused(() -> new Activity(branch, ActivityType.PARTY_LECTURE, details,
                new Activity.Sheet(List.of(a.getId()), List.of(999L), null), roll, null, TODAY),
                "activity.notMember", "excusedMemberIds");
        assertRefused(() -> new Activity(branch, ActivityType.PARTY_LECTURE, details,
                new Activity.Sheet(List.of(later.getId()), null, null), roll, null, TODAY),
                "activity.notMember", "presentMemberIds");
        Activity ok = new Activity(branch, ActivityType.PARTY_LECTURE, details,
                new Activity.Sheet(List.of(a.getId()), List.of(b.getId()), null), roll, null, TODAY);
        assertThat(ok.getAttendance()).extracting(Attendance::getStatus)
                .containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED);
    }

    @Test
    @DisplayName("ACT1 dates: not in the future, not ending before the start, not before the founding; title required")
    void dates() {
        Roll empty = Roll.of(branch.getPath(), MEETING, List.of(), List.of());
        Activity.Sheet none = new Activity.Sheet(null, null, null);
        assertRefused(() -> new Activity(branch, ActivityType.OTHER, new Activity.Details("甲", TODAY.plusDays(1),
                null, null, null, null, null, null), none, empty, null, TODAY), "error.dateInFuture", "heldOn");
        assertRefused(() -> new Activity(branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班", MEETING,
                MEETING.minusDays(1), null, null, null, null, null), none, empty, null, TODAY),
                "activity.endsBeforeStart", "endsOn");
        assertRefused(() -> new Activity(branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班", MEETING,
                TODAY.plusDays(1), null, null, null, null, null), none, empty, null, TODAY),
                "error.dateInFuture", "endsOn");
        assertRefused(() -> new Activity(branch, ActivityType.OTHER, new Activity.Details("甲",
                LocalDate.of(1999, 12, 31), null, null, null, null, null, null), none, empty, null, TODAY),
                "activity.organizationNotThen", "heldOn");
        assertRefused(() -> new Activity(branch, ActivityType.OTHER, new Activity.Details(" ", MEETING, null, null,
                null, null, null, null), none, empty, null, TODAY), "activity.titleRequired", "title");
        Activity today = new Activity(branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班", MEETING,
                TODAY, null, null, null, null, null), none, empty, null, TODAY);
        assertThat(today.getEndsOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("ACT1 the first day, checked before the roll: today and 1921-07-01 accepted, a day beyond refused")
    void heldOnBounds() {
        Activity.checkHeldOn(TODAY, TODAY);
        Activity.checkHeldOn(LocalDate.of(1921, 7, 1), TODAY);
        assertRefused(() -> Activity.checkHeldOn(TODAY.plusDays(1), TODAY), "error.dateInFuture", "heldOn");
        assertRefused(() -> Activity.checkHeldOn(LocalDate.MAX, TODAY), "error.dateInFuture", "heldOn");
        assertRefused(() -> Activity.checkHeldOn(LocalDate.of(1921, 6, 30), TODAY), "error.dateTooEarly", "heldOn");
        assertRefused(() -> Activity.checkHeldOn(null, TODAY), "activity.heldOnRequired", "heldOn");
    }

    @Test
    @DisplayName("ACT2 minutes keep formatting but lose scripts, event handlers and javascript: links")
    void minutesSanitized() {
        String dirty = "<p onclick=\"steal()\">会议<b>纪要</b></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">x</a><img src=x onerror=alert(3)>";
        String clean = Minutes.sanitize(dirty);
        assertThat(clean).contains("<p>会议<b>纪要</b></p>")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("javascript").doesNotContain("alert");
        assertThat(Minutes.sanitize("<script>alert(1)</script>")).isNull();
    }
}
