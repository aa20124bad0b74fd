package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens exported workbooks with POI and checks that a sheet is print-ready as {@link ReportSheet} lays it out: A4,
 * portrait or landscape, one page wide, the header rows repeated on every page, the title merged across the printed
 * columns, thin borders on the table, margins set, the page number and this year's date in the footer. Shared by
 * the unit tests of the exports and the integration tests that download them.
 */
public final class PrintChecks {

    private PrintChecks() {
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code columns} the table's columns, {@code firstHeader}..{@code lastHeader} its header rows (0-based); a
     * sheet whose header does not start on row 0 has its title in row 0.
     */
    public static void assertPrintReady(Sheet sheet, int columns, int firstHeader, int lastHeader,
                                        boolean landscape) {
        String name = sheet.getSheetName();
        PrintSetup setup = sheet.getPrintSetup();
        assertThat(setup.getPaperSize()).as(name + ": A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(setup.getLandscape()).as(name + ": landscape").isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).as(name + ": fit to page").isTrue();
        assertThat(setup.getFitWidth()).as(name + ": one page wide").isEqualTo((short) 1);
        assertThat(setup.getFitHeight()).as(name + ": any number of pages high").isEqualTo((short) 0);
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertThat(repeated).as(name + ": header rows repeated on every page").isNotNull();
        assertThat(repeated.getFirstRow()).as(name + ": first repeated row").isEqualTo(firstHeader);
        assertThat(repeated.getLastRow()).as(name + ": last repeated row").isEqualTo(lastHeader);
        String area = sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet));
        assertThat(area).as(name + ": print area over the used columns")
                .contains("$A$1:$" + columnLetter(columns - 1) + "$");
        if (firstHeader > 0 && columns > 1) {
            assertThat(sheet.getMergedRegions()).as(name + ": title merged across the printed width")
                    .anyMatch(r -> r.getFirstRow() == 0 && r.getLastRow() == 0 && r.getFirstColumn() == 0
                            && r.getLastColumn() == columns - 1);
        }
        for (int c = 0; c < columns; c++) {
            assertBordered(sheet.getRow(lastHeader), c, name + ": header cell " + c);
        }
        Row first = sheet.getRow(lastHeader + 1);
        if (first != null) {
            for (int c = 0; c < columns; c++) {
                assertBordered(first, c, name + ": first row's cell " + c);
            }
        }
        assertThat(sheet.getMargin(Sheet.LeftMargin)).as(name + ": left margin")
                .isEqualTo(0.5);
        assertThat(sheet.getMargin(Sheet.RightMargin)).as(name + ": right margin")
                .isEqualTo(0.5);
        assertThat(sheet.getMargin(Sheet.TopMargin)).as(name + ": top margin")
                .isEqualTo(0.6);
        assertThat(sheet.getMargin(Sheet.BottomMargin)).as(name + ": bottom margin")
                .isEqualTo(0.7);
        assertThat(sheet.getFooter().getCenter()).as(name + ": page x of y").contains("&P").contains("&N");
        assertThat(sheet.getFooter().getRight()).as(name + ": the date")
                .contains(String.valueOf(LocalDate.now(ChinaClock.ZONE).getYear()));
    }

    private static void assertBordered(Row row, int column, String what) {
        assertThat((Object) row).as(what).isNotNull();
        assertThat(row.getCell(column)).as(what).isNotNull();
        CellStyle style = row.getCell(column).getCellStyle();
        assertThat(new BorderStyle[] {style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(),
            style.getBorderRight()}).as(what + " has a thin border all round").containsOnly(BorderStyle.THIN);
    }

    private static String columnLetter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }
}
