package org.partyregistry.dues.control;

import static org.partyregistry.platform.Cells.bordered;
import static org.partyregistry.platform.Cells.cell;
import static org.partyregistry.platform.Cells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyregistry.platform.Cells;
import org.partyregistry.platform.Messages;

/**
 * The dues report and yearly statement as an Excel workbook in the tidy layout of the other reports: a title row,
 * the organization, year, as-of date and unit, a header, a row per member and a total row; amounts are numbers with
 * two decimals, so the sheet can be summed further.
 */
public final class DuesWorkbook {

    private static final String[] COLUMNS = {"member.name", "member.organization", "dues_statement.monthsOwed",
        "dues_statement.monthsPaid", "dues_report.expected", "dues_report.collected", "dues_report.outstanding"};

    private DuesWorkbook() {
    }

    public static byte[] write(DuesStatement statement, Messages messages) {
        DuesReport report = statement.report();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("dues_statement.sheet"));
            Font bold = Cells.bold(workbook);
            CellStyle title = Cells.title(workbook);
            CellStyle header = Cells.header(workbook, bold);
            CellStyle text = bordered(workbook);
            CellStyle count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle money = bordered(workbook);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle totalText = bordered(workbook);
            totalText.setFont(bold);
            CellStyle totalMoney = bordered(workbook);
            totalMoney.cloneStyleFrom(money);
            totalMoney.setFont(bold);

            Row titleRow = sheet.createRow(0);
            cell(titleRow, 0, messages.format("dues_statement.heading", report.organizationName(),
                    String.valueOf(report.year())), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            Row info = sheet.createRow(1);
            cell(info, 0, messages.format("dues_statement.info", report.asOf().toString(),
                    String.valueOf(report.membersInArrears())), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
            Row head = sheet.createRow(3);
            for (int i = 0; i < COLUMNS.length; i++) {
                cell(head, i, messages.get(COLUMNS[i]), header);
            }
            int r = 4;
            for (DuesStatement.Line line : statement.lines()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, line.name(), text);
                cell(row, 1, line.organizationName(), text);
                number(row, 2, line.monthsOwed(), count);
                number(row, 3, line.monthsPaid(), count);
                amount(row, 4, line.expected(), money);
                amount(row, 5, line.collected(), money);
                amount(row, 6, line.outstanding(), money);
            }
            Row total = sheet.createRow(r);
            cell(total, 0, messages.get("dues_statement.total"), totalText);
            cell(total, 1, "", totalText);
            cell(total, 2, "", totalText);
            cell(total, 3, "", totalText);
            amount(total, 4, report.expected(), totalMoney);
            amount(total, 5, report.collected(), totalMoney);
            amount(total, 6, report.outstanding(), totalMoney);
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            for (int i = 2; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(1, 4);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
