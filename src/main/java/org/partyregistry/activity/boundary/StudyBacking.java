package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.control.ActivityView;
import org.partyregistry.activity.control.StudySessionService;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.AttendanceStatus;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.activity.entity.StudyAttendance;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A study session's page (rules ACT12, ACT13): one day at a time, the rates and the completion list. The page holds a
 * mark per participant and day ("" for not recorded). A day nobody is recorded on yet starts with everyone present
 * when it is opened; saving records every day opened or changed since the last save, all or nothing, so that nothing
 * marked is dropped and no day is recorded that the secretary never looked at.
 */
@Named
@ViewScoped
public class StudyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the grid: a participant and their marks by day (ISO date to status name or ""). */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long memberId;
        private final String name;
        private final Map<String, String> marks = new HashMap<>();

        Line(Long memberId, String name) {
            this.memberId = memberId;
            this.name = name;
        }

        public Long getMemberId() {
            return memberId;
        }

        public String getName() {
            return name;
        }

        public Map<String, String> getMarks() {
            return marks;
        }
    }

    @Inject
    StudySessionService studySessions;

    @Inject
    ActivityService activities;

    private Long id;
    private ActivityView activity;
    private StudySessionService.AttendanceView attendance;
    private List<String> days = List.of();
    private List<Line> lines = new ArrayList<>();
    private List<Roll.Entry> roll = List.of();
    private Long toAdd;
    private String day;
    private final Set<String> touched = new TreeSet<>();
    private Set<String> recorded = Set.of();
    private boolean saved;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        activity = FacesActions.attempt(() -> activities.view(id, locale()));
        if (activity == null) {
            return;
        }
        List<Roll.Entry> participants = FacesActions.attempt(() -> studySessions.participants(id));
        roll = participants == null ? List.of() : participants;
        load();
    }

    private void load() {
        attendance = FacesActions.attempt(() -> studySessions.attendance(id));
        if (attendance == null) {
            return;
        }
        days = attendance.days().stream().map(d -> d.date().toString()).toList();
        Map<Long, Line> byMember = new LinkedHashMap<>();
        for (StudyAttendance.Member m : attendance.members()) {
            byMember.put(m.memberId(), new Line(m.memberId(), m.name()));
        }
        if (byMember.isEmpty()) {
            roll.forEach(e -> byMember.put(e.memberId(), new Line(e.memberId(), e.name())));
        }
        for (StudySessionService.DayView day : attendance.days()) {
            String key = day.date().toString();
            day.presentMemberIds().forEach(m -> mark(byMember, m, key, AttendanceStatus.PRESENT));
            day.excusedMemberIds().forEach(m -> mark(byMember, m, key, AttendanceStatus.EXCUSED));
            day.absentMemberIds().forEach(m -> mark(byMember, m, key, AttendanceStatus.ABSENT));
        }
        for (Line line : byMember.values()) {
            days.forEach(d -> line.marks.putIfAbsent(d, ""));
        }
        lines = new ArrayList<>(byMember.values());
        recorded = attendance.days().stream().filter(StudyBacking::anyoneRecorded).map(d -> d.date().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        touched.clear();
        if (day == null || !days.contains(day)) {
            day = days.stream().filter(d -> !recorded.contains(d)).findFirst()
                    .orElse(days.isEmpty() ? null : days.get(days.size() - 1));
        }
        openDay();
    }

    private static boolean anyoneRecorded(StudySessionService.DayView day) {
        return !day.presentMemberIds().isEmpty() || !day.excusedMemberIds().isEmpty()
                || !day.absentMemberIds().isEmpty();
    }

    /** Opens the chosen day: a day nobody is recorded on yet starts with everyone present. */
    public void openDay() {
        saved = false;
        if (day == null || recorded.contains(day) || touched.contains(day)) {
            return;
        }
        if (lines.stream().allMatch(l -> l.marks.getOrDefault(day, "").isEmpty())) {
            lines.forEach(l -> l.marks.put(day, AttendanceStatus.PRESENT.name()));
        }
        touched.add(day);
    }

    /** Marks everyone present on the chosen day. */
    public void allPresent() {
        if (day == null) {
            return;
        }
        lines.forEach(l -> l.marks.put(day, AttendanceStatus.PRESENT.name()));
        touched.add(day);
        saved = false;
    }

    /** A mark on the chosen day changed: the day is saved with the others changed. */
    public void changed() {
        if (day != null) {
            touched.add(day);
        }
        saved = false;
    }

    /** How many participants carry this mark on the chosen day. */
    public long count(String status) {
        return day == null ? 0 : lines.stream().filter(l -> status.equals(l.marks.get(day))).count();
    }

    private static void mark(Map<Long, Line> lines, Long member, String day, AttendanceStatus status) {
        Line line = lines.get(member);
        if (line != null) {
            line.marks.put(day, status.name());
        }
    }

    /** Adds a participant from the organization's roll as a new row, not yet recorded on any day. */
    public void add() {
        if (toAdd == null || lines.stream().anyMatch(l -> l.memberId.equals(toAdd))) {
            return;
        }
        roll.stream().filter(e -> e.memberId() == toAdd).findFirst().ifPresent(e -> {
            Line line = new Line(e.memberId(), e.name());
            days.forEach(d -> line.marks.put(d, ""));
            if (day != null) {
                line.marks.put(day, AttendanceStatus.PRESENT.name());
                touched.add(day);
            }
            lines.add(line);
        });
        toAdd = null;
    }

    /** Rule ACT12: the days opened or changed since the last save, recorded in one transaction. */
    public void save() {
        List<StudySessionService.Day> sheets = new ArrayList<>();
        for (String date : touched) {
            List<Long> present = new ArrayList<>();
            List<Long> excused = new ArrayList<>();
            List<Long> absent = new ArrayList<>();
            for (Line line : lines) {
                String mark = line.marks.get(date);
                if (AttendanceStatus.PRESENT.name().equals(mark)) {
                    present.add(line.memberId);
                } else if (AttendanceStatus.EXCUSED.name().equals(mark)) {
                    excused.add(line.memberId);
                } else if (AttendanceStatus.ABSENT.name().equals(mark)) {
                    absent.add(line.memberId);
                }
            }
            sheets.add(new StudySessionService.Day(LocalDate.parse(date), new Activity.Sheet(present, excused,
                    absent)));
        }
        if (sheets.isEmpty()) {
            saved = true;
            return;
        }
        if (FacesActions.attempt(() -> studySessions.recordDays(id, sheets, null)) != null) {
            load();
            saved = true;
        }
    }

    public StreamedContent getWorkbook() {
        Messages messages = Messages.of(locale());
        byte[] bytes = org.partyregistry.activity.control.StudyWorkbook.write(attendance, messages);
        return DefaultStreamedContent.builder()
                .name(messages.get("study.fileName") + "-" + attendance.from() + ".xlsx")
                .contentType(ComplianceResource.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<AttendanceStatus> getStatuses() {
        return List.of(AttendanceStatus.values());
    }

    /** The roll members not yet in the grid, for adding. */
    public List<Roll.Entry> getAddable() {
        return roll.stream().filter(e -> lines.stream().noneMatch(l -> l.memberId.equals(e.memberId()))).toList();
    }

    public boolean isLoaded() {
        return activity != null && attendance != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        return activity;
    }

    public StudySessionService.AttendanceView getAttendance() {
        return attendance;
    }

    public List<String> getDays() {
        return days;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    /** True for a day on which someone is recorded. */
    public boolean isRecorded(String date) {
        return recorded.contains(date);
    }

    /** True right after a save that went through, until the next change: the note beside the save button. */
    public boolean isSaved() {
        return saved;
    }

    public Long getToAdd() {
        return toAdd;
    }

    public void setToAdd(Long toAdd) {
        this.toAdd = toAdd;
    }
}
