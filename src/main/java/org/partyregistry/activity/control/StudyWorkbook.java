package org.partyregistry.activity.control;

import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.INTEGER;
import static org.partyregistry.platform.ReportSheet.Kind.PERCENT;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import java.util.List;
import org.partyregistry.activity.entity.StudyAttendance;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;

/**
 * Rule ACT13 as a workbook: the completion list (结业名单) first, then every member's attendance, each sheet with a
 * title row, the session and its dates, the completion threshold, a header and a total row; rates as percentages.
 */
public final class StudyWorkbook {

    private StudyWorkbook() {
    }

    public static byte[] write(StudySessionService.AttendanceView view, Messages messages) {
        try (ReportBook book = ReportBook.of(messages)) {
            sheet(book, messages, view, messages.get("study.completionList"), view.completed());
            sheet(book, messages, view, messages.get("study.attendanceSheet"), view.members());
            return book.bytes();
        }
    }

    private static void sheet(ReportBook book, Messages messages, StudySessionService.AttendanceView view,
                              String title, List<StudyAttendance.Member> members) {
        ReportSheet sheet = book.sheet(title,
                INTEGER.of("study.number", 8), TEXT.of("member.name", 20), COUNT.of("study.presentDays", 12),
                COUNT.of("study.excusedDays", 12), COUNT.of("study.absentDays", 12), PERCENT.of("study.rate", 12),
                TEXT.of("study.completed", 12));
        sheet.title(view.title() + " · " + title)
                .info(messages.format("study.workbookInfo", view.organizationName(), view.from().toString(),
                        view.to().toString(), view.dayCount(), view.completionPercent()))
                .header();
        int n = 1;
        for (StudyAttendance.Member m : members) {
            sheet.row(n++, m.name(), m.present(), m.excused(), m.absent(), m.rate(),
                    messages.get(m.completed() ? "study.yes" : "study.no"));
        }
        sheet.total(messages.get("compliance.total"), messages.format("study.people", members.size()));
    }
}
