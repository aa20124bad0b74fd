package org.partyregistry.enterprise.control;

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
 * The coverage report as an Excel workbook in the layout people hand upward: a title row, the as-of date, base and
 * units, a header, a row per park and a total row. Counts are numbers and rates are numbers formatted as percent,
 * so the sheet can be summed and charted further.
 */
public final class CoverageWorkbook {

    private CoverageWorkbook() {
    }

    public static byte[] write(CoverageReport report, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("coverage.sheet"));
            Font bold = Cells.bold(workbook);
            CellStyle title = Cells.title(workbook);
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

            String[] columns = {"coverage.park", "coverage.enterprises", "coverage.own", "coverage.joint",
                "coverage.workCoverage", "coverage.none", "coverage.organizationCoverageRate",
                "coverage.ownOrganizationRate", "coverage.workCoverageRate"};
            Row titleRow = sheet.createRow(0);
            cell(titleRow, 0, messages.get("coverage.title"), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
            Row info = sheet.createRow(1);
            cell(info, 0, messages.format("coverage.workbookInfo", report.asOf().toString(),
                    messages.get("CoverageBase." + report.base().name())), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.length - 1));
            Row head = sheet.createRow(3);
            for (int i = 0; i < columns.length; i++) {
                cell(head, i, messages.get(columns[i]), header);
            }
            int r = 4;
            for (CoverageCounts park : report.parks()) {
                line(sheet.createRow(r++), park.park(), park, text, count, percent);
            }
            line(sheet.createRow(r), messages.get("coverage.total"), report.total(), totalText, totalCount,
                    totalPercent);
            sheet.setColumnWidth(0, 26 * 256);
            for (int i = 1; i < columns.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(1, 4);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, String label, CoverageCounts c, CellStyle text, CellStyle count,
                             CellStyle percent) {
        cell(row, 0, label, text);
        number(row, 1, c.enterprises(), count);
        number(row, 2, c.own(), count);
        number(row, 3, c.joint(), count);
        number(row, 4, c.workCoverage(), count);
        number(row, 5, c.none(), count);
        rate(row, 6, c.organizationCoverageRate(), percent);
        rate(row, 7, c.ownOrganizationRate(), percent);
        rate(row, 8, c.workCoverageRate(), percent);
    }

    private static void rate(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
