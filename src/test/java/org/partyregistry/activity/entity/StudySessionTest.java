package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.Member;

/** Study sessions: the dates of their days (ACT12) and the rate and completion arithmetic (ACT13). */
class StudySessionTest {

    static final LocalDate TODAY = ActivityTest.TODAY;
    static final LocalDate START = LocalDate.of(2026, 11, 16);
    static final LocalDate END = LocalDate.of(2026, 11, 20);

    final ActivityTest fixture = new ActivityTest();
    List<Member> members;
    Activity session;

    @BeforeEach
    void session() {
        fixture.tree();
        members = ActivityTest.fulls(fixture, 5);
        session = new Activity(fixture.branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班", START, END,
                null, null, null, null, null), new Activity.Sheet(null, null, null), roll(START), null, TODAY);
    }

    Roll roll(LocalDate on) {
        return Roll.of(fixture.branch.getPath(), on, members, List.of());
    }

    Activity.Sheet present(int... indexes) {
        return new Activity.Sheet(java.util.Arrays.stream(indexes).mapToObj(i -> members.get(i).getId()).toList(),
                null, null);
    }

    long id(int index) {
        return members.get(index).getId();
    }

    @Test
    @DisplayName("ACT12 a session's days run from its first to its last day, both included")
    void days() {
        assertThat(session.days()).hasSize(5).startsWith(START).endsWith(END);
        assertThat(session.lastDay()).isEqualTo(END);
    }

    @Test
    @DisplayName("ACT12 attendance on the first and the last day is accepted; the day before and after are refused")
    void dayBoundaries() {
        session.recordAttendance(START, present(0), roll(START), TODAY, "");
        session.recordAttendance(END, present(0), roll(END), TODAY, "");
        assertThat(session.getAttendance()).extracting(Attendance::getDay).containsExactly(START, END);
        assertRefused(() -> session.recordAttendance(START.minusDays(1), present(0), roll(START.minusDays(1)),
                TODAY, "days[0]."), "activity.dayOutside", "days[0].date");
        assertRefused(() -> session.recordAttendance(END.plusDays(1), present(0), roll(END.plusDays(1)), TODAY,
                ""), "activity.dayOutside", "date");
        assertRefused(() -> session.recordAttendance(null, present(0), roll(START), TODAY, ""),
                "activity.dayRequired", "date");
    }

    @Test
    @DisplayName("ACT12 a day in the future is refused, today is accepted")
    void futureDay() {
        Activity current = new Activity(fixture.branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班",
                TODAY.minusDays(1), TODAY, null, null, null, null, null), new Activity.Sheet(null, null, null),
                roll(TODAY.minusDays(1)), null, TODAY);
        current.recordAttendance(TODAY, present(1), roll(TODAY), TODAY, "");
        assertRefused(() -> current.recordAttendance(TODAY.plusDays(1), present(1), roll(TODAY.plusDays(1)),
                TODAY.minusDays(0), ""), "error.dateInFuture", "date");
    }

    @Test
    @DisplayName("ACT12 ending before it starts is refused; the last day may equal the first; at most 92 days")
    void sessionDates() {
        assertRefused(() -> new Activity(fixture.branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班",
                END, START, null, null, null, null, null), new Activity.Sheet(null, null, null), roll(END), null,
                TODAY), "activity.endsBeforeStart", "endsOn");
        Activity oneDay = new Activity(fixture.branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班",
                START, START, null, null, null, null, null), new Activity.Sheet(null, null, null), roll(START), null,
                TODAY);
        assertThat(oneDay.days()).containsExactly(START);
        LocalDate first = TODAY.minusDays(91);
        Activity longest = new Activity(fixture.branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班",
                first, TODAY, null, null, null, null, null), new Activity.Sheet(null, null, null), roll(first), null,
                TODAY);
        assertThat(longest.days()).hasSize(Activity.STUDY_DAYS_MAX);
        assertRefused(() -> new Activity(fixture.branch, ActivityType.STUDY_SESSION, new Activity.Details("读书班",
                first.minusDays(1), TODAY, null, null, null, null, null), new Activity.Sheet(null, null, null),
                roll(first.minusDays(1)), null, TODAY), "activity.studyTooLong", "endsOn");
    }

    @Test
    @DisplayName("ACT12 a member twice on one day or not on that day's roll is refused; recording a day again replaces it")
    void oneMarkPerDay() {
        assertRefused(() -> session.recordAttendance(START, new Activity.Sheet(List.of(id(0)), null,
                List.of(id(0))), roll(START), TODAY, "days[1]."), "activity.listedTwice", "days[1].absentMemberIds");
        assertRefused(() -> session.recordAttendance(START, new Activity.Sheet(List.of(9999L), null, null),
                roll(START), TODAY, ""), "activity.notMember", "presentMemberIds");
        session.recordAttendance(START, present(0, 1), roll(START), TODAY, "");
        session.recordAttendance(START, new Activity.Sheet(List.of(id(0)), List.of(id(1)), null), roll(START),
                TODAY, "");
        assertThat(session.getAttendance()).hasSize(2).extracting(Attendance::getStatus)
                .containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED);
    }

    @Test
    @DisplayName("ACT12 only a study session records attendance per day")
    void onlyStudySessions() {
        Activity meeting = fixture.meeting(ActivityType.THEMED_PARTY_DAY, members, List.of(id(0)), null);
        assertRefused(() -> meeting.recordAttendance(ActivityTest.MEETING, present(0), roll(ActivityTest.MEETING),
                TODAY, ""), "activity.notStudySession", "date");
    }

    @Test
    @DisplayName("ACT13 rate = present / days; 4 of 5 (80%) completes, 3 of 4 (75%) does not; excused is not present")
    void rateAndCompletion() {
        assertThat(StudyAttendance.rate(4, 5)).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(StudyAttendance.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(StudyAttendance.rate(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(StudyAttendance.completes(4, 5, 80)).isTrue();
        assertThat(StudyAttendance.completes(3, 4, 80)).isFalse();
        assertThat(StudyAttendance.completes(8, 10, 80)).isTrue();
        assertThat(StudyAttendance.completes(7, 10, 80)).isFalse();
        assertThat(StudyAttendance.completes(0, 0, 80)).isFalse();
        assertThat(StudyAttendance.completes(1, 1, 100)).isTrue();

        // member 0 present every day; 1 present 4 days and excused 1; 2 present 3 and excused 2; 3 recorded once
        for (LocalDate day : session.days()) {
            boolean third = day.equals(START.plusDays(2));
            boolean fourth = day.equals(START.plusDays(3));
            List<Long> present = new java.util.ArrayList<>(List.of(id(0)));
            List<Long> excused = new java.util.ArrayList<>();
            (third ? excused : present).add(id(1));
            (third || fourth ? excused : present).add(id(2));
            if (day.equals(START)) {
                present.add(id(3));
            }
            session.recordAttendance(day, new Activity.Sheet(present, excused, null), roll(day), TODAY, "");
        }
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.getId(), m.getName()));
        StudyAttendance figures = StudyAttendance.of(session, names, StudyAttendance.COMPLETION_PERCENT);
        assertThat(figures.days()).isEqualTo(5);
        Map<Long, StudyAttendance.Member> byId = new HashMap<>();
        figures.members().forEach(m -> byId.put(m.memberId(), m));
        assertThat(byId).doesNotContainKey(id(4));
        assertThat(byId.get(id(0)).rate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(byId.get(id(1))).extracting(StudyAttendance.Member::present, StudyAttendance.Member::excused,
                StudyAttendance.Member::completed).containsExactly(4, 1, true);
        assertThat(byId.get(id(2))).extracting(StudyAttendance.Member::present, StudyAttendance.Member::excused,
                StudyAttendance.Member::completed).containsExactly(3, 2, false);
        assertThat(byId.get(id(2)).rate()).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(byId.get(id(3))).extracting(StudyAttendance.Member::present,
                StudyAttendance.Member::unrecorded, StudyAttendance.Member::completed).containsExactly(1, 4, false);
        assertThat(figures.completed()).extracting(StudyAttendance.Member::memberId)
                .containsExactlyInAnyOrder(id(0), id(1));
    }
}
