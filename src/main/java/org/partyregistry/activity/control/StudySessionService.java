package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Attendance;
import org.partyregistry.activity.entity.AttendanceStatus;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.activity.entity.StudyAttendance;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Study sessions (rules ACT12, ACT13): recording attendance per day, and reading the rates and the completion list.
 * Each use case one transaction, inside the caller's scope (rule ACT9), each write audited.
 */
@ApplicationScoped
public class StudySessionService {

    /** One day's attendance as given: the date and who was present, excused and absent. */
    public record Day(LocalDate date, Activity.Sheet sheet) {
    }

    /** The attendance of an activity per day and per member (rule ACT13), in the form the REST API reads. */
    public record AttendanceView(Long activityId, long version, Long organizationId, String organizationName,
                                 ActivityType type, String title, LocalDate from, LocalDate to, int dayCount,
                                 int completionPercent, List<DayView> days, List<StudyAttendance.Member> members,
                                 int completedCount) implements java.io.Serializable {

        public List<StudyAttendance.Member> completed() {
            return members.stream().filter(StudyAttendance.Member::completed).toList();
        }
    }

    /** Who was recorded on one day; a day on which nobody is recorded has three empty lists. */
    public record DayView(LocalDate date, List<Long> presentMemberIds, List<Long> excusedMemberIds,
                          List<Long> absentMemberIds) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    MemberNames memberNames;

    @Inject
    ActivityService activities;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    /**
     * Rules ACT1-ACT3, ACT12: records a study session with its attendance per day, all or nothing. The top-level
     * sheet of {@code input} (if any) is the first day's attendance; {@code days} the other days (or all of them).
     */
    @Transactional
    public ActivityView record(ActivityService.NewActivity input, List<Day> days, Locale locale) {
        if (days != null && !days.isEmpty() && input.type() != ActivityType.STUDY_SESSION) {
            throw BusinessException.onField("days", "activity.notStudySession");
        }
        ActivityView created = activities.record(input, locale);
        if (days == null || days.isEmpty()) {
            return created;
        }
        Activity session = em.find(Activity.class, created.id());
        Set<LocalDate> seen = new HashSet<>();
        if (!input.sheet().isEmpty()) {
            seen.add(session.getHeldOn());
        }
        LocalDate today = clock.today();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            String field = "days[" + i + "].";
            if (day == null) {
                throw BusinessException.onField(field + "date", "activity.dayRequired");
            }
            if (day.date() != null && !seen.add(day.date())) {
                throw BusinessException.onField(field + "date", "activity.dayTwice", day.date());
            }
            session.recordAttendance(day.date(), day.sheet(), rollOn(session, day.date()), today, field);
        }
        em.flush();
        auditDays(session, days.stream().map(Day::date).toList());
        return activities.view(session.getId(), locale);
    }

    /** Rule ACT12: records (again) one day of a study session; the day's earlier attendance is replaced. */
    @Transactional
    public AttendanceView recordDay(long activityId, LocalDate date, Activity.Sheet sheet, Long version) {
        Activity session = find(activityId);
        currentUser.scope().requireWrite(session.getOrganization().getPath());
        if (version != null) {
            session.checkVersion(version);
        }
        session.recordAttendance(date, sheet, rollOn(session, date), clock.today(), "");
        em.flush();
        auditDays(session, List.of(date));
        return view(session);
    }

    /** Rule ACT12: records several days at once (the attendance grid), all or nothing. */
    @Transactional
    public AttendanceView recordDays(long activityId, List<Day> days, Long version) {
        Activity session = find(activityId);
        currentUser.scope().requireWrite(session.getOrganization().getPath());
        if (version != null) {
            session.checkVersion(version);
        }
        LocalDate today = clock.today();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            session.recordAttendance(day.date(), day.sheet(), rollOn(session, day.date()), today,
                    "days[" + i + "].");
        }
        em.flush();
        auditDays(session, days.stream().map(Day::date).toList());
        return view(session);
    }

    /** Rule ACT13: the attendance per day and per member, the rates and who completes. */
    @Transactional
    public AttendanceView attendance(long activityId) {
        Activity activity = find(activityId);
        currentUser.scope().requireRead(activity.getOrganization().getPath());
        return view(activity);
    }

    /** Rule ACT3: who may be listed on each day of the session: the union of the daily rolls, by name. */
    @Transactional
    public List<Roll.Entry> participants(long activityId) {
        Activity activity = find(activityId);
        currentUser.scope().requireRead(activity.getOrganization().getPath());
        Map<Long, Roll.Entry> entries = new java.util.LinkedHashMap<>();
        Roll first = activities.roll(activity.getOrganization(), activity.getHeldOn());
        first.entries().forEach(e -> entries.put(e.memberId(), e));
        if (!activity.lastDay().equals(activity.getHeldOn())) {
            activities.roll(activity.getOrganization(), activity.lastDay()).entries()
                    .forEach(e -> entries.putIfAbsent(e.memberId(), e));
        }
        return entries.values().stream()
                .sorted(java.util.Comparator.comparing(Roll.Entry::name).thenComparing(Roll.Entry::memberId))
                .toList();
    }

    private Roll rollOn(Activity session, LocalDate date) {
        if (date == null || date.isBefore(session.getHeldOn()) || date.isAfter(session.lastDay())
                || date.isAfter(clock.today())) {
            // the entity refuses such a day with the right message; an empty roll of that date is enough for that
            return Roll.of(session.getOrganization().getPath(), date == null ? session.getHeldOn() : date, List.of(),
                    List.of());
        }
        return activities.roll(session.getOrganization(), date);
    }

    private void auditDays(Activity session, List<LocalDate> dates) {
        Map<LocalDate, long[]> counts = new HashMap<>();
        for (Attendance a : session.getAttendance()) {
            counts.computeIfAbsent(a.getDay(), d -> new long[3])[a.getStatus().ordinal()]++;
        }
        Scope scope = currentUser.scope();
        for (LocalDate date : dates) {
            long[] c = counts.getOrDefault(date, new long[3]);
            audit.record(scope.username(), session, "ATTENDANCE", Changes.of()
                    .set("day", date)
                    .set("present", c[AttendanceStatus.PRESENT.ordinal()])
                    .set("excused", c[AttendanceStatus.EXCUSED.ordinal()])
                    .set("absent", c[AttendanceStatus.ABSENT.ordinal()]));
        }
    }

    private Activity find(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null) {
            throw new NotFoundException("Activity", id);
        }
        return activity;
    }

    private AttendanceView view(Activity activity) {
        List<Long> ids = activity.getAttendance().stream().map(Attendance::getMemberId).distinct().toList();
        Map<Long, String> names = memberNames.of(ids);
        StudyAttendance figures = StudyAttendance.of(activity, names, StudyAttendance.COMPLETION_PERCENT);
        List<DayView> days = new ArrayList<>();
        for (LocalDate date : activity.days()) {
            List<Attendance> marks = activity.getAttendance().stream().filter(a -> a.getDay().equals(date)).toList();
            days.add(new DayView(date, idsOf(marks, AttendanceStatus.PRESENT), idsOf(marks, AttendanceStatus.EXCUSED),
                    idsOf(marks, AttendanceStatus.ABSENT)));
        }
        return new AttendanceView(activity.getId(), activity.getVersion(), activity.getOrganization().getId(),
                activity.getOrganization().getName(), activity.getType(), activity.getTitle(), figures.from(),
                figures.to(), figures.days(), figures.thresholdPercent(), days, figures.members(),
                figures.completed().size());
    }

    private static List<Long> idsOf(List<Attendance> marks, AttendanceStatus status) {
        return marks.stream().filter(a -> a.getStatus() == status).map(Attendance::getMemberId).sorted().toList();
    }
}
