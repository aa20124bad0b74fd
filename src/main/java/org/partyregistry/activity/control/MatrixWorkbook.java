package org.partyregistry.activity.control;

import static org.partyregistry.platform.Cells.bordered;
import static org.partyregistry.platform.Cells.cell;
import static org.partyregistry.platform.Cells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.platform.Cells;
import org.partyregistry.platform.Messages;

/**
 * Rule ACT19: the compliance table as a workbook in the layout of the JSON: a title row, the organization and
 * period, a two-row header (each activity type over required / valid / missing, then the row's totals and rate), a
 * row per organization indented by its depth, and the total row. Numbers are numbers, the rate a percentage.
 */
public final class MatrixWorkbook {

    private static final String[] FIGURES = {"compliance.required", "compliance.valid", "compliance.missing"};
    private static final int FIRST = 2;

    private MatrixWorkbook() {
    }

    public static byte[] write(ComplianceMatrix matrix, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("matrix.sheet"));
            Font bold = Cells.bold(workbook);
            CellStyle header = Cells.header(workbook, bold);
            CellStyle text = bordered(workbook);
            CellStyle count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            CellStyle totalText = bordered(workbook);
            totalText.setFont(bold);
            CellStyle totalCount = bordered(workbook);
            totalCount.cloneStyleFrom(count);
            totalCount.setFont(bold);
            CellStyle totalPercent = bordered(workbook);
            totalPercent.cloneStyleFrom(percent);
            totalPercent.setFont(bold);

            int typeColumns = matrix.types().size() * FIGURES.length;
            int last = FIRST + typeColumns + FIGURES.length;
            Row title = sheet.createRow(0);
            cell(title, 0, messages.get("matrix.title"), Cells.title(workbook));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row info = sheet.createRow(1);
            cell(info, 0, messages.format("matrix.workbookInfo",
                    matrix.organizationName() == null ? "-" : matrix.organizationName(),
                    matrix.from().toString(), matrix.to().toString(),
                    matrix.periodFrom() == null ? "-" : matrix.periodFrom().toString(),
                    matrix.periodTo() == null ? "-" : matrix.periodTo().toString()), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row top = sheet.createRow(3);
            Row sub = sheet.createRow(4);
            cell(top, 0, messages.get("matrix.organization"), header);
            cell(sub, 0, "", header);
            cell(top, 1, messages.get("matrix.organizationType"), header);
            cell(sub, 1, "", header);
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            int column = FIRST;
            for (ActivityType type : matrix.types()) {
                headed(sheet, top, sub, column, messages.get("ActivityType." + type.name()), header, messages);
                column += FIGURES.length;
            }
            headed(sheet, top, sub, column, messages.get("matrix.allTypes"), header, messages);
            cell(top, last, messages.get("matrix.rate"), header);
            cell(sub, last, "", header);
            sheet.addMergedRegion(new CellRangeAddress(3, 4, last, last));
            int r = 5;
            for (ComplianceMatrix.Row row : matrix.rows()) {
                Row line = sheet.createRow(r++);
                cell(line, 0, "  ".repeat(Math.max(0, row.depth())) + row.organizationName(), text);
                cell(line, 1, messages.get("OrganizationType." + row.type().name()), text);
                figures(line, matrix, row.cells(), row.required(), row.valid(), row.missing(), row.rate(), count,
                        percent);
            }
            ComplianceMatrix.Total total = matrix.total();
            Row sum = sheet.createRow(r);
            cell(sum, 0, messages.format("matrix.totalRow", total.organizations(), total.behind()), totalText);
            cell(sum, 1, "", totalText);
            figures(sum, matrix, total.cells(), total.required(), total.valid(), total.missing(), total.rate(),
                    totalCount, totalPercent);
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            for (int i = FIRST; i <= last; i++) {
                sheet.setColumnWidth(i, 9 * 256);
            }
            sheet.createFreezePane(FIRST, 5);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header over three columns (required, valid, missing) and the three figure names below it. */
    private static void headed(Sheet sheet, Row top, Row sub, int column, String label, CellStyle header,
                               Messages messages) {
        for (int i = 0; i < FIGURES.length; i++) {
            cell(top, column + i, i == 0 ? label : "", header);
            cell(sub, column + i, messages.get(FIGURES[i]), header);
        }
        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), top.getRowNum(), column,
                column + FIGURES.length - 1));
    }

    private static void figures(Row line, ComplianceMatrix matrix, Map<String, ComplianceMatrix.Cell> cells,
                                long required, long valid, long missing, BigDecimal rate, CellStyle count,
                                CellStyle percent) {
        int column = FIRST;
        for (ActivityType type : matrix.types()) {
            ComplianceMatrix.Cell c = cells.get(type.name());
            number(line, column++, c == null ? 0 : c.required(), count);
            number(line, column++, c == null ? 0 : c.valid(), count);
            number(line, column++, c == null ? 0 : c.missing(), count);
        }
        number(line, column++, required, count);
        number(line, column++, valid, count);
        number(line, column++, missing, count);
        if (rate == null) {
            cell(line, column, "-", count);
        } else {
            line.createCell(column).setCellValue(rate.doubleValue());
            line.getCell(column).setCellStyle(percent);
        }
    }
}
