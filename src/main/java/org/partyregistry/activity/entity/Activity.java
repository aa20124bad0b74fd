package org.partyregistry.activity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.PlainText;

/** An activity held by an organization, with its attendance and whether it counts (rules ACT1-ACT6). */
@Entity
@Table(name = "activity")
@jakarta.persistence.SqlResultSetMapping(name = TallyRow.MAPPING, classes = @jakarta.persistence.ConstructorResult(
        targetClass = TallyRow.class, columns = {
            @jakarta.persistence.ColumnResult(name = "organization_id", type = Long.class),
            @jakarta.persistence.ColumnResult(name = "activity_type", type = String.class),
            @jakarta.persistence.ColumnResult(name = "period_key", type = Integer.class),
            @jakarta.persistence.ColumnResult(name = "held", type = Integer.class),
            @jakarta.persistence.ColumnResult(name = "valid", type = Integer.class)}))
public class Activity extends BaseEntity {

    public static final int TITLE_MAX = 100;
    public static final int LOCATION_MAX = 200;
    public static final int TOPIC_MAX = 200;
    public static final int HOST_MAX = 50;
    public static final int MINUTES_MAX = 20000;
    public static final int REASON_MAX = 60;
    /** Rule ACT12: a study session lasts at most this many days (a quarter), so its day grid stays bounded. */
    public static final int STUDY_DAYS_MAX = 92;

    /** What is described besides the organization, type and attendance; {@code endsOn} for several days. */
    public record Details(String title, LocalDate heldOn, LocalDate endsOn, String location, String topic,
                          String host, String minutes, Long brandId) {
    }

    /** Who was recorded present, excused and absent, as member ids (any list may be null). */
    public record Sheet(List<Long> present, List<Long> excused, List<Long> absent) {

        public boolean isEmpty() {
            return (present == null || present.isEmpty()) && (excused == null || excused.isEmpty())
                    && (absent == null || absent.isEmpty());
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 40)
    private ActivityType type;

    @PlainText
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "location", length = LOCATION_MAX)
    private String location;

    @Column(name = "topic", length = TOPIC_MAX)
    private String topic;

    @Column(name = "host", length = HOST_MAX)
    private String host;

    @Column(name = "minutes", length = MINUTES_MAX)
    private String minutes;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "is_valid", nullable = false)
    private boolean valid;

    @Column(name = "invalid_reason", length = REASON_MAX)
    private String invalidReason;

    @Column(name = "quorum_present")
    private Integer quorumPresent;

    @Column(name = "quorum_base")
    private Integer quorumBase;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    private List<Attendance> attendance = new ArrayList<>();

    protected Activity() {
    }

    /**
     * Records a held activity (rules ACT1-ACT6). {@code roll} is the organization's roll on {@code heldOn};
     * {@code seats} the seats of its term in office on that date (null without one).
     */
    public Activity(Organization organization, ActivityType type, Details details, Sheet sheet, Roll roll,
                    Integer seats, LocalDate today) {
        this(organization, type, details, sheet, roll, seats, Set.of(), today);
    }

    /**
     * As above, with the members holding a seat on that term's committee ({@code seatHolders}, empty when not
     * recorded): a branch committee meeting then counts only the seat holders present (rule ACT5).
     */
    public Activity(Organization organization, ActivityType type, Details details, Sheet sheet, Roll roll,
                    Integer seats, Set<Long> seatHolders, LocalDate today) {
        if (organization == null) {
            throw BusinessException.onField("organizationId", "activity.organizationRequired");
        }
        if (type == null) {
            throw BusinessException.onField("type", "activity.typeRequired");
        }
        this.title = text("title", details.title(), TITLE_MAX, true);
        LocalDate held = details.heldOn();
        checkHeldOn(held, today);
        LocalDate ends = details.endsOn();
        if (ends != null && ends.isBefore(held)) {
            throw BusinessException.onField("endsOn", "activity.endsBeforeStart", held);
        }
        Dates.notInFuture("endsOn", ends, today);
        if (type == ActivityType.STUDY_SESSION && ends != null
                && java.time.temporal.ChronoUnit.DAYS.between(held, ends) + 1 > STUDY_DAYS_MAX) {
            throw BusinessException.onField("endsOn", "activity.studyTooLong", STUDY_DAYS_MAX);
        }
        if (!organization.existsOn(held)) {
            throw BusinessException.onField("heldOn", "activity.organizationNotThen", organization.getName());
        }
        checkFits(type, organization.getType());
        this.organization = organization;
        this.type = type;
        this.heldOn = held;
        this.endsOn = ends == null || ends.equals(held) ? null : ends;
        this.location = text("location", details.location(), LOCATION_MAX, false);
        this.topic = text("topic", details.topic(), TOPIC_MAX, false);
        this.host = text("host", details.host(), HOST_MAX, false);
        String clean = Minutes.sanitize(details.minutes());
        if (clean != null && clean.length() > MINUTES_MAX) {
            throw BusinessException.onField("minutes", "error.tooLong", MINUTES_MAX);
        }
        this.minutes = clean;
        this.brandId = details.brandId();
        Map<Long, AttendanceStatus> marks = marks(sheet, roll, "");
        marks.forEach((member, status) -> attendance.add(new Attendance(member, held, status)));
        List<Long> present = marks.entrySet().stream().filter(e -> e.getValue() == AttendanceStatus.PRESENT)
                .map(Map.Entry::getKey).toList();
        if (type == ActivityType.GROUP_MEETING && present.isEmpty()) {
            throw BusinessException.onField("presentMemberIds", "activity.groupNobodyPresent");
        }
        Validity validity = Validity.of(type, roll, present, seats, seatHolders);
        this.valid = validity.valid();
        this.invalidReason = validity.reason();
        this.quorumPresent = validity.present();
        this.quorumBase = validity.base();
    }

    /**
     * Rule ACT17: a party group holds only group meetings, study sessions and other activities; a group meeting is
     * held only by a party group (a branch records one naming the group, and it is the group's).
     */
    public static void checkFits(ActivityType type, OrganizationType organizationType) {
        boolean fits = organizationType == OrganizationType.GROUP
                ? type == ActivityType.GROUP_MEETING || type == ActivityType.STUDY_SESSION || type == ActivityType.OTHER
                : type != ActivityType.GROUP_MEETING;
        if (!fits) {
            throw BusinessException.onField("type", "activity.typeNotForOrganization", type, organizationType);
        }
    }

    /**
     * The first day is given, not in the future and not before the Party's founding; the service checks it before it
     * looks up the roll and the term of that day.
     */
    public static void checkHeldOn(LocalDate held, LocalDate today) {
        if (held == null) {
            throw BusinessException.onField("heldOn", "activity.heldOnRequired");
        }
        Dates.notInFuture("heldOn", held, today);
        Dates.partyDate("heldOn", held);
    }

    /**
     * Rule ACT12: records (or records again) one day of a study session: the day lies within the session's dates and
     * not in the future, each member is listed once that day and is on that day's roll. The day's earlier attendance
     * is replaced. {@code field} prefixes the names of refused fields ("days[2]." for the third day given).
     */
    public void recordAttendance(LocalDate day, Sheet sheet, Roll roll, LocalDate today, String field) {
        String prefix = field == null ? "" : field;
        if (type != ActivityType.STUDY_SESSION) {
            throw BusinessException.onField(prefix + "date", "activity.notStudySession");
        }
        if (day == null) {
            throw BusinessException.onField(prefix + "date", "activity.dayRequired");
        }
        Dates.notInFuture(prefix + "date", day, today);
        Dates.notBefore(prefix + "date", day, Dates.PARTY_FOUNDED);
        if (day.isBefore(heldOn) || day.isAfter(lastDay())) {
            throw BusinessException.onField(prefix + "date", "activity.dayOutside", day, heldOn, lastDay());
        }
        if (roll == null || !day.equals(roll.on())) {
            throw new IllegalArgumentException("The roll of " + day + " is required");
        }
        Map<Long, AttendanceStatus> marks = marks(sheet == null ? new Sheet(null, null, null) : sheet, roll, prefix);
        attendance.removeIf(a -> a.getDay().equals(day));
        marks.forEach((member, status) -> attendance.add(new Attendance(member, day, status)));
    }

    /** Rule ACT12: the first and last day of the activity (the same day for a one-day activity). */
    public LocalDate lastDay() {
        return endsOn == null ? heldOn : endsOn;
    }

    /** Rule ACT12: every calendar day from the first to the last, in order. */
    public List<LocalDate> days() {
        return heldOn.datesUntil(lastDay().plusDays(1)).toList();
    }

    /** Rule ACT3: each member once, each one on the roll. */
    private static Map<Long, AttendanceStatus> marks(Sheet sheet, Roll roll, String prefix) {
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        mark(marks, sheet.present(), AttendanceStatus.PRESENT, prefix + "presentMemberIds", roll);
        mark(marks, sheet.excused(), AttendanceStatus.EXCUSED, prefix + "excusedMemberIds", roll);
        mark(marks, sheet.absent(), AttendanceStatus.ABSENT, prefix + "absentMemberIds", roll);
        return marks;
    }

    private static void mark(Map<Long, AttendanceStatus> marks, List<Long> ids, AttendanceStatus status,
                             String field, Roll roll) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            if (id == null) {
                throw BusinessException.onField(field, "activity.memberRequired");
            }
            if (marks.containsKey(id)) {
                throw BusinessException.onField(field, "activity.listedTwice", id);
            }
            if (!roll.contains(id)) {
                throw BusinessException.onField(field, "activity.notMember", id, roll.on());
            }
            marks.put(id, status);
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw BusinessException.onField(field, "activity." + field + "Required");
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw BusinessException.onField(field, "error.tooLong", max);
        }
        return trimmed;
    }

    public long count(AttendanceStatus status) {
        return attendance.stream().filter(a -> a.getStatus() == status).count();
    }

    public Organization getOrganization() {
        return organization;
    }

    public ActivityType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getLocation() {
        return location;
    }

    public String getTopic() {
        return topic;
    }

    public String getHost() {
        return host;
    }

    public String getMinutes() {
        return minutes;
    }

    public Long getBrandId() {
        return brandId;
    }

    public boolean isValid() {
        return valid;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    public Integer getQuorumPresent() {
        return quorumPresent;
    }

    public Integer getQuorumBase() {
        return quorumBase;
    }

    public List<Attendance> getAttendance() {
        return List.copyOf(attendance);
    }
}
