package org.partyregistry.award.control;

import static org.partyregistry.platform.Cells.bordered;
import static org.partyregistry.platform.Cells.cell;
import static org.partyregistry.platform.Cells.number;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyregistry.platform.Cells;
import org.partyregistry.platform.Messages;

/**
 * The ceremony roster (rule AW9) in the tidy layout of the other workbooks: a title row, the awarding body, the
 * ceremony date(s), the as-of date and the unit, a header, one numbered row per awardee and a total row.
 */
public final class MedalRosterWorkbook {

    private static final String[] COLUMNS = {"medal_roster.number", "member.name", "medal_roster.sex",
        "medal_roster.birthYear", "member.organization", "medal.standingStart", "medal.standingYears",
        "medal.awardedOn"};

    private MedalRosterWorkbook() {
    }

    public static byte[] write(MedalRoster roster, Messages messages) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.get("medal_roster.sheet"));
            Font bold = Cells.bold(workbook);
            CellStyle title = Cells.title(workbook);
            CellStyle header = Cells.header(workbook, bold);
            CellStyle text = bordered(workbook);
            CellStyle number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            number.setAlignment(HorizontalAlignment.CENTER);
            CellStyle totalText = bordered(workbook);
            totalText.setFont(bold);

            Row titleRow = sheet.createRow(0);
            cell(titleRow, 0, messages.format("medal_roster.heading", String.valueOf(roster.year())), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            String ceremonies = roster.ceremonies().stream().map(Object::toString).collect(Collectors.joining("、"));
            Row info = sheet.createRow(1);
            cell(info, 0, messages.format("medal_roster.info", roster.awardingBody(),
                    ceremonies.isEmpty() ? "—" : ceremonies, roster.asOf().toString()), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
            Row head = sheet.createRow(3);
            for (int i = 0; i < COLUMNS.length; i++) {
                cell(head, i, messages.get(COLUMNS[i]), header);
            }
            int r = 4;
            int n = 1;
            for (MedalRoster.Line line : roster.lines()) {
                Row row = sheet.createRow(r++);
                number(row, 0, n++, number);
                cell(row, 1, line.name(), text);
                cell(row, 2, messages.get("Sex." + line.sex()), text);
                number(row, 3, line.birthYear(), number);
                cell(row, 4, line.organizationName(), text);
                cell(row, 5, line.partyStandingStart().toString(), text);
                number(row, 6, line.standingYears(), number);
                cell(row, 7, line.awardedOn().toString(), text);
            }
            Row total = sheet.createRow(r);
            cell(total, 0, messages.get("medal_roster.total"), totalText);
            cell(total, 1, messages.format("medal_roster.persons", String.valueOf(roster.lines().size())),
                    totalText);
            for (int i = 2; i < COLUMNS.length; i++) {
                cell(total, i, "", totalText);
            }
            int[] widths = {6, 14, 6, 10, 30, 14, 10, 14};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 4);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
