package org.partyregistry.activity.control;

import static org.partyregistry.platform.Cells.bordered;
import static org.partyregistry.platform.Cells.cell;
import static org.partyregistry.platform.Cells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyregistry.platform.Cells;
import org.partyregistry.platform.Messages;

/**
 * The compliance report as an Excel workbook in the layout of the coverage workbook: a title row, the organization
 * and period, a header, a row per activity type with numbers as numbers, and a total row of what is missing.
 */
public final class ComplianceWorkbook {

    private ComplianceWorkbook() {
    }

    public static byte[] write(ComplianceReport report, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("compliance.sheet"));
            Font bold = Cells.bold(workbook);
            CellStyle title = Cells.title(workbook);
            CellStyle header = Cells.header(workbook, bold);
            CellStyle text = bordered(workbook);
            CellStyle count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle totalText = bordered(workbook);
            totalText.setFont(bold);
            CellStyle totalCount = bordered(workbook);
            totalCount.cloneStyleFrom(count);
            totalCount.setFont(bold);

            String[] columns = {"compliance.type", "compliance.frequency", "compliance.required", "compliance.held",
                "compliance.valid", "compliance.missing"};
            Row titleRow = sheet.createRow(0);
            cell(titleRow, 0, messages.get("compliance.title"), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
            Row info = sheet.createRow(1);
            cell(info, 0, messages.format("compliance.workbookInfo", report.organizationName(),
                    report.from().toString(), report.to().toString()), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.length - 1));
            Row head = sheet.createRow(3);
            for (int i = 0; i < columns.length; i++) {
                cell(head, i, messages.get(columns[i]), header);
            }
            int r = 4;
            long required = 0;
            long held = 0;
            long valid = 0;
            for (ComplianceReport.Row row : report.rows()) {
                Row line = sheet.createRow(r++);
                cell(line, 0, messages.get("ActivityType." + row.type().name()), text);
                cell(line, 1, messages.get("Frequency." + row.frequency().name()), text);
                number(line, 2, row.required(), count);
                number(line, 3, row.held(), count);
                number(line, 4, row.valid(), count);
                number(line, 5, row.missing(), count);
                required += row.required();
                held += row.held();
                valid += row.valid();
            }
            Row total = sheet.createRow(r);
            cell(total, 0, messages.get("compliance.total"), totalText);
            cell(total, 1, "", totalText);
            number(total, 2, required, totalCount);
            number(total, 3, held, totalCount);
            number(total, 4, valid, totalCount);
            number(total, 5, report.totalMissing(), totalCount);
            if (report.groups() != null && !report.groups().isEmpty()) {
                r += 2;
                Row groupsTitle = sheet.createRow(r++);
                cell(groupsTitle, 0, messages.get("compliance.groups"), totalText);
                Row groupHead = sheet.createRow(r++);
                String[] groupColumns = {"compliance.group", "compliance.frequency", "compliance.required",
                    "compliance.held", "compliance.valid", "compliance.missing"};
                for (int i = 0; i < groupColumns.length; i++) {
                    cell(groupHead, i, messages.get(groupColumns[i]), header);
                }
                for (ComplianceReport.GroupRow group : report.groups()) {
                    Row line = sheet.createRow(r++);
                    cell(line, 0, group.organizationName(), text);
                    cell(line, 1, messages.get("Frequency." + group.frequency().name()), text);
                    number(line, 2, group.required(), count);
                    number(line, 3, group.held(), count);
                    number(line, 4, group.valid(), count);
                    number(line, 5, group.missing(), count);
                }
            }
            sheet.setColumnWidth(0, 24 * 256);
            for (int i = 1; i < columns.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(1, 4);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
