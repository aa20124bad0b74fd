package org.partyregistry.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.control.MemberWorkbook.Column;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.PrintChecks;

class MemberWorkbookTest {

    static final Messages ZH = Messages.of(Locale.CHINESE);
    static final Messages EN = Messages.of(Locale.ENGLISH);

    static MemberWorkbook.Reading read(byte[] bytes) {
        return MemberWorkbook.read(new ByteArrayInputStream(bytes), bytes.length, ZH);
    }

    /** Fills the real template, so the test reads what a secretary would upload. */
    static byte[] filled(Messages messages, RowFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                MemberWorkbook.template(messages, "示例支部")))) {
            filler.fill(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    interface RowFiller {
        void fill(Sheet sheet);
    }

    @Test
    @DisplayName("The template reads back: text and Excel dates, blank rows skipped, Excel row numbers kept")
    void templateRoundTrip() throws IOException {
        byte[] bytes = filled(ZH, sheet -> {
            Row first = sheet.createRow(2);
            first.createCell(Column.NAME.ordinal()).setCellValue("示例党员甲");
            first.createCell(Column.ID_NUMBER.ordinal()).setCellValue("11010519491231002x");
            first.createCell(Column.PROBATIONARY_ON.ordinal()).setCellValue("2015-07-01");
            var dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
            var full = first.createCell(Column.FULL_ON.ordinal());
            full.setCellValue(LocalDate.of(2016, 7, 1));
            full.setCellStyle(dateStyle);
            sheet.createRow(3);
            Row third = sheet.createRow(4);
            third.createCell(Column.NAME.ordinal()).setCellValue("示例党员乙");
        });
        MemberWorkbook.Reading reading = read(bytes);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.lines()).extracting(MemberWorkbook.Line::row).containsExactly(3, 5);
        MemberWorkbook.Line line = reading.lines().get(0);
        assertThat(line.text(Column.ID_NUMBER)).isEqualTo("11010519491231002x");
        assertThat(line.date(Column.PROBATIONARY_ON)).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(line.date(Column.FULL_ON)).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(line.text(Column.ETHNICITY)).isNull();
    }

    @Test
    @DisplayName("M19 the party group column is read by name; a workbook without it (the old template) still reads")
    void optionalGroupColumn() throws IOException {
        byte[] bytes = filled(ZH, sheet -> {
            Row row = sheet.createRow(2);
            row.createCell(Column.NAME.ordinal()).setCellValue("示例党员甲");
            row.createCell(Column.GROUP.ordinal()).setCellValue(" 第一党小组 ");
        });
        assertThat(read(bytes).lines().get(0).text(Column.GROUP)).isEqualTo("第一党小组");
        byte[] old = filled(ZH, sheet -> {
            sheet.getRow(1).removeCell(sheet.getRow(1).getCell(Column.GROUP.ordinal()));
            sheet.createRow(2).createCell(Column.NAME.ordinal()).setCellValue("示例党员乙");
        });
        MemberWorkbook.Reading reading = read(old);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.lines().get(0).text(Column.GROUP)).isNull();
        byte[] wrong = filled(ZH, sheet -> {
            sheet.getRow(1).getCell(Column.GROUP.ordinal()).setCellValue("小组");
            sheet.createRow(2).createCell(Column.NAME.ordinal()).setCellValue("示例党员丙");
        });
        assertThat(read(wrong).errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("所在党小组"));
    }

    @Test
    @DisplayName("An English template is accepted too")
    void englishHeaders() throws IOException {
        byte[] bytes = filled(EN, sheet -> sheet.createRow(2).createCell(0).setCellValue("Example"));
        assertThat(read(bytes).errors()).isEmpty();
    }

    @Test
    @DisplayName("A cell that cannot be read is an error on its row and column; an ID number typed as a number too")
    void cellErrors() throws IOException {
        byte[] bytes = filled(ZH, sheet -> {
            Row row = sheet.createRow(2);
            row.createCell(Column.NAME.ordinal()).setCellValue("示例党员甲");
            row.createCell(Column.ID_NUMBER.ordinal()).setCellValue(110105194912310021d);
            row.createCell(Column.APPLIED_ON.ordinal()).setCellValue("去年");
        });
        List<MemberWorkbook.CellError> errors = read(bytes).errors();
        assertThat(errors).extracting(MemberWorkbook.CellError::row).containsExactly(3, 3);
        assertThat(errors).extracting(MemberWorkbook.CellError::column).containsExactly("身份证号码", "递交入党申请日期");
    }

    @Test
    @DisplayName("Not a workbook, another sheet, other headers or no rows: one error for the file, row 0")
    void unusableFiles() throws IOException {
        assertThat(read("plain text".getBytes(StandardCharsets.UTF_8)).errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.row()).isZero();
                    assertThat(e.message()).isEqualTo(ZH.get("member_import.unreadable"));
                });
        byte[] otherSheet;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            otherSheet = out.toByteArray();
        }
        assertThat(read(otherSheet).errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("党员名册"));
        byte[] otherHeaders = filled(ZH, sheet -> {
            sheet.getRow(1).getCell(Column.PHONE.ordinal()).setCellValue("手机");
            sheet.createRow(2).createCell(0).setCellValue("示例党员甲");
        });
        assertThat(read(otherHeaders).errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("联系电话"));
        assertThat(read(filled(ZH, sheet -> { })).errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo(ZH.get("member_import.empty")));
        assertThat(MemberWorkbook.read(new ByteArrayInputStream(new byte[0]), MemberWorkbook.MAX_BYTES + 1, ZH)
                .errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("10 MB"));
    }

    @Test
    @DisplayName("The error workbook lists row, column and message")
    void errorWorkbook() throws IOException {
        byte[] bytes = MemberWorkbook.errors(ZH, List.of(new MemberWorkbook.CellError(4, "身份证号码", "校验码不正确")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("身份证号码");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("校验码不正确");
        }
    }

    @Test
    @DisplayName("Template, roster export and error list are print-ready; the export keeps its columns and values")
    void printReady() throws IOException {
        int columns = Column.values().length + MemberWorkbook.EXPORT_ONLY.length;
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(
                MemberWorkbook.template(ZH, "示例支部")))) {
            PrintChecks.assertPrintReady(template.getSheetAt(0), Column.values().length, 1, 1, true);
            assertThat(template.getSheetAt(0).getColumnStyle(Column.ID_NUMBER.ordinal()).getDataFormatString())
                    .as("typed ID numbers stay text").isEqualTo("@");
        }
        LocalDate full = LocalDate.of(2000, 7, 1);
        MemberView member = new MemberView(1L, "张三", Sex.MALE, null, 1975, 51, "汉族", "大学", "13800000000",
                "370702********1234", 2L, "甲支部", null, null, null, null, null, LocalDate.of(1999, 7, 1), full,
                null, null, null, Stage.FULL, MemberStatus.ACTIVE, null, null, false, full, null, 26, List.of(), null,
                null, 0L, null, "第一党小组", null, null, null);
        try (XSSFWorkbook roster = new XSSFWorkbook(new ByteArrayInputStream(
                MemberWorkbook.roster(ZH, "党员名册", List.of(member))))) {
            Sheet sheet = roster.getSheet(MemberWorkbook.sheetName(ZH));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("党员名册");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("身份证号码");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("张三");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("370702********1234");
            assertThat(sheet.getRow(2).getCell(Column.FULL_ON.ordinal()).getStringCellValue()).isEqualTo("2000-07-01");
            assertThat(sheet.getRow(2).getCell(Column.GROUP.ordinal()).getStringCellValue()).isEqualTo("第一党小组");
            assertThat(sheet.getRow(2).getCell(columns - 1).getNumericCellValue()).isEqualTo(26);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("1");
            PrintChecks.assertPrintReady((org.apache.poi.xssf.usermodel.XSSFSheet) sheet, columns, 1, 1, true);
        }
        byte[] errors = MemberWorkbook.errors(ZH, List.of(new MemberWorkbook.CellError(0, null, "不是工作簿")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            PrintChecks.assertPrintReady(workbook.getSheetAt(0), 3, 0, 0, true);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("不是工作簿");
        }
    }

    /** A roster sheet written as a stream (inline strings), as a big upload would be: title, headers, then rows. */
    static byte[] streamed(Messages messages, int dataRows, RowWriter writer) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(MemberWorkbook.sheetName(messages));
            sheet.createRow(0).createCell(0).setCellValue("示例支部");
            Row header = sheet.createRow(1);
            for (Column column : Column.values()) {
                header.createCell(column.ordinal()).setCellValue(MemberWorkbook.header(column, messages));
            }
            for (int i = 0; i < dataRows; i++) {
                writer.write(sheet.createRow(2 + i), i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    interface RowWriter {
        void write(Row row, int index);
    }

    @Test
    @DisplayName("20,000 data rows are read; the 20,001st refuses the file with the row limit, cells unread")
    void rowLimit() throws IOException {
        byte[] limit = streamed(ZH, MemberWorkbook.MAX_ROWS, (row, i) -> row.createCell(0).setCellValue("党员" + i));
        MemberWorkbook.Reading reading = read(limit);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.lines()).hasSize(MemberWorkbook.MAX_ROWS);
        assertThat(reading.lines().get(MemberWorkbook.MAX_ROWS - 1).row()).isEqualTo(MemberWorkbook.MAX_ROWS + 2);

        byte[] over = streamed(ZH, MemberWorkbook.MAX_ROWS + 1, (row, i) -> row.createCell(0).setCellValue(i));
        assertThat(read(over).errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message()).isEqualTo(ZH.format("member_import.tooManyRows", MemberWorkbook.MAX_ROWS));
        });
    }

    @Test
    @DisplayName("A cell longer than its column allows is named by row, header and limit, even in a very compressible file")
    void tooLongCells() throws IOException {
        String longest = "长".repeat(32_767);
        byte[] bytes = streamed(ZH, 40, (row, i) -> {
            row.createCell(Column.NAME.ordinal()).setCellValue(i == 0 ? "名".repeat(51) : longest);
            row.createCell(Column.ETHNICITY.ordinal()).setCellValue("汉族");
        });
        List<MemberWorkbook.CellError> errors = read(bytes).errors();
        assertThat(errors).hasSize(40);
        assertThat(errors).extracting(MemberWorkbook.CellError::row).startsWith(3, 4, 5).endsWith(42);
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.column()).isEqualTo("姓名");
            assertThat(e.message()).isEqualTo(ZH.format("error.tooLong", 50));
        });
        assertThat(MemberWorkbook.read(new ByteArrayInputStream(bytes), bytes.length, EN).errors().get(0))
                .satisfies(e -> {
                    assertThat(e.column()).isEqualTo("Name");
                    assertThat(e.message()).contains("50");
                });
    }

    @Test
    @DisplayName("Numbers, dates typed as Excel dates or text, and a blank row between rows read as before")
    void streamedValues() throws IOException {
        byte[] bytes = streamed(EN, 3, (row, i) -> {
            if (i == 1) {
                return;
            }
            row.createCell(Column.NAME.ordinal()).setCellValue("Example " + i);
            row.createCell(Column.PHONE.ordinal()).setCellValue(13800138000d);
            var style = row.getSheet().getWorkbook().createCellStyle();
            style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat("m/d/yy"));
            var applied = row.createCell(Column.APPLIED_ON.ordinal());
            applied.setCellValue(LocalDate.of(2014, 12, 31));
            applied.setCellStyle(style);
            row.createCell(Column.ACTIVIST_ON.ordinal()).setCellValue("2015/06/30");
        });
        MemberWorkbook.Reading reading = MemberWorkbook.read(new ByteArrayInputStream(bytes), bytes.length, EN);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.lines()).extracting(MemberWorkbook.Line::row).containsExactly(3, 5);
        MemberWorkbook.Line line = reading.lines().get(0);
        assertThat(line.text(Column.PHONE)).isEqualTo("13800138000");
        assertThat(line.date(Column.APPLIED_ON)).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(line.date(Column.ACTIVIST_ON)).isEqualTo(LocalDate.of(2015, 6, 30));
    }
}
