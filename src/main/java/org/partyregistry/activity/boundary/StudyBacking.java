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
 * A study session's page (rules ACT12, ACT13): the day x participant grid, the rates and the completion list. The grid
 * holds a mark per participant and day ("" for not recorded); saving records every day again, all or nothing.
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
            lines.add(line);
        });
        toAdd = null;
    }

    /** Rule ACT12: every day of the grid recorded again in one transaction. */
    public void save() {
        List<StudySessionService.Day> sheets = new ArrayList<>();
        for (String day : days) {
            List<Long> present = new ArrayList<>();
            List<Long> excused = new ArrayList<>();
            List<Long> absent = new ArrayList<>();
            for (Line line : lines) {
                String mark = line.marks.get(day);
                if (AttendanceStatus.PRESENT.name().equals(mark)) {
                    present.add(line.memberId);
                } else if (AttendanceStatus.EXCUSED.name().equals(mark)) {
                    excused.add(line.memberId);
                } else if (AttendanceStatus.ABSENT.name().equals(mark)) {
                    absent.add(line.memberId);
                }
            }
            sheets.add(new StudySessionService.Day(LocalDate.parse(day), new Activity.Sheet(present, excused,
                    absent)));
        }
        if (FacesActions.attempt(() -> studySessions.recordDays(id, sheets, null)) != null) {
            FacesActions.info("study.saved");
            load();
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

    public Long getToAdd() {
        return toAdd;
    }

    public void setToAdd(Long toAdd) {
        this.toAdd = toAdd;
    }
}
