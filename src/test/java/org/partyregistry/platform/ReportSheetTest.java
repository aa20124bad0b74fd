package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.platform.PrintChecks.assertPrintReady;
import static org.partyregistry.platform.PrintChecks.open;
import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.DATE;
import static org.partyregistry.platform.ReportSheet.Kind.INTEGER;
import static org.partyregistry.platform.ReportSheet.Kind.MONEY;
import static org.partyregistry.platform.ReportSheet.Kind.PERCENT;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportSheetTest {

    private static final Messages CHINESE = Messages.of(Messages.CHINESE);
    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

    private static byte[] small(Messages messages, ReportBook book) {
        ReportSheet sheet = book.sheet("表", TEXT.of("member.name", 20), INTEGER.of("medal_roster.birthYear", 8),
                COUNT.of("compliance.required", 10), PERCENT.of("study.rate", 10), DATE.of("medal.awardedOn", 12),
                MONEY.of("dues_report.expected", 12));
        sheet.title("标题").info("信息").freezeColumns(1).header();
        sheet.row("甲", 1950, 12345L, new BigDecimal("0.5435"), LocalDate.of(2021, 6, 29), new BigDecimal("12.50"));
        sheet.row(null, null);
        sheet.total("合计", null, 12345L);
        return book.bytes();
    }

    @Test
    void laysOutTitleInfoHeaderRowsAndTotalsWithTypedCells() throws Exception {
        try (ReportBook book = new ReportBook(new XSSFWorkbook(), CHINESE, DAY);
             XSSFWorkbook read = open(small(CHINESE, book))) {
            XSSFSheet sheet = read.getSheet("表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("标题");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("信息");
            assertThat((Object) sheet.getRow(2)).as("a blank row between the info and the header").isNull();
            Row header = sheet.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo(CHINESE.get("member.name"));
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo(CHINESE.get("dues_report.expected"));
            Row data = sheet.getRow(4);
            assertThat(data.getCell(0).getStringCellValue()).isEqualTo("甲");
            assertThat(data.getCell(1).getNumericCellValue()).isEqualTo(1950);
            assertThat(data.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(data.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(data.getCell(3).getNumericCellValue()).isEqualTo(0.5435);
            assertThat(data.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(data.getCell(4).getStringCellValue()).as("dates as ISO text, as the imports read them")
                    .isEqualTo("2021-06-29");
            assertThat(data.getCell(5).getNumericCellValue()).isEqualTo(12.5);
            assertThat(data.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row empty = sheet.getRow(5);
            assertThat(empty.getCell(0).getCellType()).as("null is an empty cell").isEqualTo(CellType.BLANK);
            assertThat(empty.getCell(5).getCellType()).as("so is a column past the values").isEqualTo(CellType.BLANK);
            assertThat(empty.getCell(5).getCellStyle().getBorderLeft()).as("bordered")
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            Row total = sheet.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(12345);
            assertThat(read.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(read.getFontAt(data.getCell(2).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(20 * 256);
            assertThat(sheet.getColumnWidth(5)).isEqualTo(12 * 256);
            assertPrintReady(sheet, 6, 3, 3, false);
        }
    }

    @Test
    void footerCarriesPageOfPagesAndTheDateInTheRequestsLanguage() throws Exception {
        try (ReportBook zh = new ReportBook(new XSSFWorkbook(), CHINESE, DAY);
             XSSFWorkbook read = open(small(CHINESE, zh))) {
            assertThat(read.getSheetAt(0).getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
            assertThat(read.getSheetAt(0).getFooter().getRight()).isEqualTo("2026年7月1日");
        }
        Messages english = Messages.of(Locale.ENGLISH);
        try (ReportBook en = new ReportBook(new XSSFWorkbook(), english, DAY);
             XSSFWorkbook read = open(small(english, en))) {
            assertThat(read.getSheetAt(0).getFooter().getCenter()).isEqualTo("Page &P of &N");
            assertThat(read.getSheetAt(0).getFooter().getRight()).isEqualTo("July 1, 2026");
        }
    }

    @Test
    void wideSheetsPrintLandscapeNarrowOnesPortrait() throws Exception {
        try (ReportBook book = new ReportBook(new XSSFWorkbook(), CHINESE, DAY)) {
            book.sheet("窄", TEXT.of("", 60), TEXT.of("", ReportSheet.PORTRAIT_WIDTH - 60)).title("t").header().row("a");
            book.sheet("宽", TEXT.of("", 60), TEXT.of("", ReportSheet.PORTRAIT_WIDTH - 59)).title("t").header().row("a");
            try (XSSFWorkbook read = open(book.bytes())) {
                assertPrintReady(read.getSheet("窄"), 2, 1, 1, false);
                assertPrintReady(read.getSheet("宽"), 2, 1, 1, true);
            }
        }
    }

    @Test
    void groupsMakeATwoRowHeaderRepeatedOnEveryPage() throws Exception {
        try (ReportBook book = new ReportBook(new XSSFWorkbook(), CHINESE, DAY)) {
            book.sheet("组", TEXT.of("", 20), COUNT.of("compliance.required", 8), COUNT.of("compliance.valid", 8))
                    .title("t").info("i").groups(List.of(new ReportSheet.Group("单位", 1),
                            new ReportSheet.Group("党员大会", 2))).freezeColumns(1).header().row("x", 1, 2);
            try (XSSFWorkbook read = open(book.bytes())) {
                XSSFSheet sheet = read.getSheetAt(0);
                assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("单位");
                assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("党员大会");
                assertThat(sheet.getRow(4).getCell(2).getStringCellValue())
                        .isEqualTo(CHINESE.get("compliance.valid"));
                assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(3, 4, 0, 0),
                        new CellRangeAddress(3, 3, 1, 2));
                assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("x");
                assertPrintReady(sheet, 3, 3, 4, false);
            }
        }
    }

    @Test
    void aSheetWithoutTitleStartsWithItsHeaderAndAStreamingBookPrintsAlike() throws Exception {
        try (ReportBook book = new ReportBook(new SXSSFWorkbook(10), CHINESE, DAY)) {
            ReportSheet sheet = book.sheet("流", INTEGER.of("member_workbook.errorRow", 8),
                    TEXT.of("member_workbook.errorMessage", 40)).header();
            for (int i = 1; i <= 50; i++) {
                sheet.row(i, "第" + i + "行");
            }
            try (XSSFWorkbook read = open(book.bytes())) {
                XSSFSheet written = read.getSheetAt(0);
                assertThat(written.getRow(0).getCell(1).getStringCellValue())
                        .isEqualTo(CHINESE.get("member_workbook.errorMessage"));
                assertThat(written.getRow(50).getCell(1).getStringCellValue()).isEqualTo("第50行");
                assertPrintReady(written, 2, 0, 0, false);
                assertThat(read.getPrintArea(0)).endsWith("$A$1:$B$51");
            }
        }
    }

    @Test
    void aHeaderLongerThanItsColumnWrapsOnATallerRow() throws Exception {
        assertThat(ReportSheet.lines("Standing (years)", 10)).isEqualTo(2);
        assertThat(ReportSheet.lines("入党时间", 14)).isEqualTo(1);
        assertThat(ReportSheet.lines("入党时间", 6)).isEqualTo(2);
        Messages english = Messages.of(Locale.ENGLISH);
        try (ReportBook book = new ReportBook(new XSSFWorkbook(), english, DAY)) {
            book.sheet("long", TEXT.of("", 20), INTEGER.of("medal.standingYears", 10)).header();
            book.sheet("short", TEXT.of("", 20), INTEGER.of("medal.standingYears", 20)).header();
            try (XSSFWorkbook read = open(book.bytes())) {
                assertThat(read.getSheet("long").getRow(0).getHeightInPoints()).isEqualTo(30f);
                assertThat(read.getSheet("short").getRow(0).getHeightInPoints()).isEqualTo(15f);
            }
        }
    }

    @Test
    void moreValuesThanColumnsIsRefused() {
        try (ReportBook book = new ReportBook(new XSSFWorkbook(), CHINESE, DAY)) {
            ReportSheet sheet = book.sheet("s", TEXT.of("", 10)).header();
            assertThatThrownBy(() -> sheet.row("a", "b")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
