package org.partyregistry.activity.control;

import static org.partyregistry.platform.Cells.bordered;
import static org.partyregistry.platform.Cells.cell;
import static org.partyregistry.platform.Cells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyregistry.activity.entity.StudyAttendance;
import org.partyregistry.platform.Cells;
import org.partyregistry.platform.Messages;

/**
 * Rule ACT13 as a workbook: the completion list (结业名单) first, then every member's attendance, each sheet with a
 * title row, the session and its dates, the completion threshold, a header and a total row; rates as percentages.
 */
public final class StudyWorkbook {

    private StudyWorkbook() {
    }

    public static byte[] write(StudySessionService.AttendanceView view, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            sheet(workbook, styles, messages, view, messages.get("study.completionList"), view.completed());
            sheet(workbook, styles, messages, view, messages.get("study.attendanceSheet"), view.members());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, Messages messages,
                              StudySessionService.AttendanceView view, String title,
                              List<StudyAttendance.Member> members) {
        Sheet sheet = workbook.createSheet(title);
        String[] columns = {"study.number", "member.name", "study.presentDays", "study.excusedDays",
            "study.absentDays", "study.rate", "study.completed"};
        Row titleRow = sheet.createRow(0);
        cell(titleRow, 0, view.title() + " · " + title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
        Row info = sheet.createRow(1);
        cell(info, 0, messages.format("study.workbookInfo", view.organizationName(), view.from().toString(),
                view.to().toString(), view.dayCount(), view.completionPercent()), null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.length - 1));
        Row head = sheet.createRow(3);
        for (int i = 0; i < columns.length; i++) {
            cell(head, i, messages.get(columns[i]), styles.header);
        }
        int r = 4;
        for (StudyAttendance.Member m : members) {
            Row line = sheet.createRow(r);
            number(line, 0, r - 3, styles.count);
            cell(line, 1, m.name(), styles.text);
            number(line, 2, m.present(), styles.count);
            number(line, 3, m.excused(), styles.count);
            number(line, 4, m.absent(), styles.count);
            Cell rate = line.createCell(5);
            rate.setCellValue(m.rate().doubleValue());
            rate.setCellStyle(styles.percent);
            cell(line, 6, messages.get(m.completed() ? "study.yes" : "study.no"), styles.text);
            r++;
        }
        Row total = sheet.createRow(r);
        cell(total, 0, messages.get("compliance.total"), styles.totalText);
        cell(total, 1, messages.format("study.people", members.size()), styles.totalText);
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        for (int i = 2; i < columns.length; i++) {
            sheet.setColumnWidth(i, 12 * 256);
        }
        sheet.createFreezePane(0, 4);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle totalText;

        Styles(XSSFWorkbook workbook) {
            Font bold = Cells.bold(workbook);
            title = Cells.title(workbook);
            header = Cells.header(workbook, bold);
            text = bordered(workbook);
            count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            totalText = bordered(workbook);
            totalText.setFont(bold);
        }
    }
}
