package org.partyregistry.activity.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule ACT13: the attendance of a study session per member, over the session's calendar days. The rate is the days
 * present divided by the days of the session; an excused day is an absence with leave, so it does not count as
 * present (it is shown apart); a day on which a member is not recorded counts as not present either. A member
 * completes the session (结业) when present on at least {@link #COMPLETION_PERCENT} percent of its days.
 *
 * @param days             the number of calendar days of the session
 * @param thresholdPercent the share of days a member must be present on to complete
 * @param members          each member recorded on at least one day, by name
 */
public record StudyAttendance(LocalDate from, LocalDate to, int days, int thresholdPercent, List<Member> members) {

    /** The default completion threshold: present on at least 80% of the days. */
    public static final int COMPLETION_PERCENT = 80;

    /** One member's days present, excused, absent and not recorded, the rate and whether they complete. */
    public record Member(Long memberId, String name, int present, int excused, int absent, int unrecorded,
                         BigDecimal rate, boolean completed) implements java.io.Serializable {
    }

    /** Rule ACT13: the per-member figures of {@code session}; {@code names} maps member ids to names. */
    public static StudyAttendance of(Activity session, Map<Long, String> names, int thresholdPercent) {
        List<LocalDate> calendar = session.days();
        int days = calendar.size();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (Attendance a : session.getAttendance()) {
            int[] c = counts.computeIfAbsent(a.getMemberId(), id -> new int[3]);
            c[a.getStatus().ordinal()]++;
        }
        List<Member> members = counts.entrySet().stream()
                .map(e -> {
                    int[] c = e.getValue();
                    int present = c[AttendanceStatus.PRESENT.ordinal()];
                    int excused = c[AttendanceStatus.EXCUSED.ordinal()];
                    int absent = c[AttendanceStatus.ABSENT.ordinal()];
                    return new Member(e.getKey(), names.get(e.getKey()), present, excused, absent,
                            Math.max(0, days - present - excused - absent), rate(present, days),
                            completes(present, days, thresholdPercent));
                })
                .sorted(Comparator.comparing((Member m) -> m.name() == null ? "" : m.name())
                        .thenComparing(Member::memberId))
                .toList();
        return new StudyAttendance(session.getHeldOn(), session.lastDay(), days, thresholdPercent, members);
    }

    /** Rule ACT13: days present / days of the session, to four decimals (0 for a session without days). */
    public static BigDecimal rate(int present, int days) {
        if (days <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(present).divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }

    /** Rule ACT13: present on at least {@code thresholdPercent} percent of the days, in exact integer arithmetic. */
    public static boolean completes(int present, int days, int thresholdPercent) {
        return days > 0 && (long) present * 100 >= (long) thresholdPercent * days;
    }

    /** Rule ACT13: the completion list (结业名单): the members who complete, by name. */
    public List<Member> completed() {
        return members.stream().filter(Member::completed).toList();
    }
}
