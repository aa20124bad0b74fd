package org.partyregistry.brand.control;

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
 * A brand's record (rule B6) as a workbook in the tidy layout people hand upward: on the first sheet a title row,
 * the period and units, one row per month and a total row; on the second the organizations reached with a total;
 * on the third the enterprises reached.
 */
public final class BrandWorkbook {

    private BrandWorkbook() {
    }

    public static byte[] write(BrandReport report, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            String info = messages.format("brand_report.workbookInfo", report.from().toString(),
                    report.to().toString(), report.organizationName());

            Sheet months = workbook.createSheet(messages.get("brand_report.sheetMonths"));
            head(months, styles, messages.format("brand_report.workbookTitle", report.brand()), info,
                    messages.get("brand_report.month"), messages.get("brand_report.activities"),
                    messages.get("brand_report.present"));
            int r = 4;
            for (BrandReport.Month month : report.months()) {
                Row row = months.createRow(r++);
                cell(row, 0, month.month(), styles.text);
                number(row, 1, month.activities(), styles.count);
                number(row, 2, month.present(), styles.count);
            }
            Row total = months.createRow(r++);
            cell(total, 0, messages.get("brand_report.total"), styles.totalText);
            number(total, 1, report.activities(), styles.totalCount);
            number(total, 2, report.present(), styles.totalCount);
            Row distinct = months.createRow(r);
            cell(distinct, 0, messages.get("brand_report.membersPresent"), styles.text);
            number(distinct, 2, report.membersPresent(), styles.count);
            widths(months, 3);

            Sheet organizations = workbook.createSheet(messages.get("brand_report.sheetOrganizations"));
            head(organizations, styles, messages.format("brand_report.organizationsTitle", report.brand()), info,
                    messages.get("brand_report.organization"), messages.get("brand_report.activities"),
                    messages.get("brand_report.present"));
            r = 4;
            for (BrandReport.OrganizationReached o : report.organizations()) {
                Row row = organizations.createRow(r++);
                cell(row, 0, o.organizationId() == null ? messages.get("brand_report.otherOrganizations") : o.name(),
                        styles.text);
                number(row, 1, o.activities(), styles.count);
                number(row, 2, o.present(), styles.count);
            }
            Row orgTotal = organizations.createRow(r);
            cell(orgTotal, 0, messages.format("brand_report.totalOrganizations", report.organizationsReached()),
                    styles.totalText);
            number(orgTotal, 1, report.activities(), styles.totalCount);
            number(orgTotal, 2, report.present(), styles.totalCount);
            widths(organizations, 3);

            Sheet enterprises = workbook.createSheet(messages.get("brand_report.sheetEnterprises"));
            head(enterprises, styles, messages.format("brand_report.enterprisesTitle", report.brand()), info,
                    messages.get("brand_report.enterprise"), messages.get("brand_report.park"));
            r = 4;
            for (BrandReport.EnterpriseReached e : report.enterprises()) {
                Row row = enterprises.createRow(r++);
                cell(row, 0, e.name(), styles.text);
                cell(row, 1, e.park(), styles.text);
            }
            Row entTotal = enterprises.createRow(r);
            cell(entTotal, 0, messages.format("brand_report.totalEnterprises", report.enterprises().size()),
                    styles.totalText);
            cell(entTotal, 1, "", styles.totalText);
            widths(enterprises, 2);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void head(Sheet sheet, Styles styles, String title, String info, String... columns) {
        Row titleRow = sheet.createRow(0);
        cell(titleRow, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
        Row infoRow = sheet.createRow(1);
        cell(infoRow, 0, info, null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.length - 1));
        Row head = sheet.createRow(3);
        for (int i = 0; i < columns.length; i++) {
            cell(head, i, columns[i], styles.header);
        }
        sheet.createFreezePane(0, 4);
    }

    private static void widths(Sheet sheet, int columns) {
        sheet.setColumnWidth(0, 36 * 256);
        for (int i = 1; i < columns; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle count;
        final CellStyle totalText;
        final CellStyle totalCount;

        Styles(XSSFWorkbook workbook) {
            Font bold = Cells.bold(workbook);
            title = Cells.title(workbook);
            header = Cells.header(workbook, bold);
            text = bordered(workbook);
            count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            totalText = bordered(workbook);
            totalText.setFont(bold);
            totalCount = bordered(workbook);
            totalCount.cloneStyleFrom(count);
            totalCount.setFont(bold);
        }
    }
}
