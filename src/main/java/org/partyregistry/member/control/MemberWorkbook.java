package org.partyregistry.member.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;

/**
 * The roster workbook layout, one for the import template, the import itself and the roster export: a title row,
 * a header row, then one member per row in the columns of {@link Column}. Export adds read-only columns after them,
 * which an import ignores. Reading is pure (no database): rows come back as values or as cell errors.
 */
public final class MemberWorkbook {

    /** The columns an import reads, in order; the header text is {@code member.<field>} in the viewer's language. */
    public enum Column {
        NAME("name"),
        ID_NUMBER("idNumber"),
        ETHNICITY("ethnicity"),
        EDUCATION("education"),
        PHONE("phone"),
        APPLIED_ON("appliedOn"),
        ACTIVIST_ON("activistOn"),
        DEVELOPMENT_TARGET_ON("developmentTargetOn"),
        PROBATIONARY_ON("probationaryOn"),
        FULL_ON("fullOn");

        final String field;

        Column(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        boolean isDate() {
            return field.endsWith("On");
        }

        static Column of(String field) {
            for (Column column : values()) {
                if (column.field.equals(field)) {
                    return column;
                }
            }
            return null;
        }
    }

    static final String[] EXPORT_ONLY = {"organization", "stage", "status", "partyStandingStart", "standingYears"};
    public static final int MAX_ROWS = 20_000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;

    /** One cell's problem: {@code row} as Excel numbers it (1-based), {@code column} its header, the message. */
    public record CellError(int row, String column, String message) implements Serializable {
    }

    /** A data row read from the workbook: its Excel row number and the text of each column. */
    public record Line(int row, String[] values, LocalDate[] dates) {
        public String text(Column column) {
            return values[column.ordinal()];
        }

        public LocalDate date(Column column) {
            return dates[column.ordinal()];
        }
    }

    /** What a workbook held: rows, or the errors that make it unusable or the cells that could not be read. */
    public record Reading(List<Line> lines, List<CellError> errors) {
    }

    private MemberWorkbook() {
    }

    public static String sheetName(Messages messages) {
        return messages.get("member_workbook.sheet");
    }

    public static String header(Column column, Messages messages) {
        return messages.get("member." + column.field);
    }

    /** The empty import template: title, headers, text format for the ID number column, a hint row of formats. */
    public static byte[] template(Messages messages, String organizationName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = start(workbook, messages, messages.format("member_workbook.templateTitle",
                    organizationName), false);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (Column column : Column.values()) {
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roster in the template's layout plus read-only columns; ID numbers masked. */
    public static byte[] roster(Messages messages, String title, List<MemberView> members) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = start(workbook, messages, title, true);
            int r = FIRST_DATA_ROW;
            for (MemberView m : members) {
                Row row = sheet.createRow(r++);
                Object[] values = {m.name(), m.idNumber(), m.ethnicity(), m.education(), m.phone(), m.appliedOn(),
                    m.activistOn(), m.developmentTargetOn(), m.probationaryOn(), m.fullOn(), m.organizationName(),
                    messages.get("Stage." + m.stage()), messages.get("MemberStatus." + m.status()),
                    m.partyStandingStart(), m.standingYears()};
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(messages.format("member_workbook.total", members.size()));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row, column and message of each error, for the person who has to fix the upload. */
    public static byte[] errors(Messages messages, List<CellError> errors) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(messages.get("member_workbook.errorSheet"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(messages.get("member_workbook.errorRow"));
            header.createCell(1).setCellValue(messages.get("member_workbook.errorColumn"));
            header.createCell(2).setCellValue(messages.get("member_workbook.errorMessage"));
            int r = 1;
            for (CellError error : errors) {
                Row row = sheet.createRow(r++);
                if (error.row() > 0) {
                    row.createCell(0).setCellValue(error.row());
                }
                if (error.column() != null) {
                    row.createCell(1).setCellValue(error.column());
                }
                row.createCell(2).setCellValue(error.message());
            }
            sheet.setColumnWidth(2, 80 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet start(Workbook workbook, Messages messages, String title, boolean export) {
        Sheet sheet = workbook.createSheet(sheetName(messages));
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle heading = workbook.createCellStyle();
        heading.setFont(bold);
        Row titleRow = sheet.createRow(0);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(heading);
        int columns = Column.values().length + (export ? EXPORT_ONLY.length : 0);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (Column column : Column.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(header(column, messages));
            cell.setCellStyle(heading);
            sheet.setColumnWidth(column.ordinal(), (column == Column.ID_NUMBER ? 22 : 16) * 256);
        }
        if (export) {
            for (int i = 0; i < EXPORT_ONLY.length; i++) {
                Cell cell = header.createCell(Column.values().length + i);
                cell.setCellValue(messages.get("member." + EXPORT_ONLY[i]));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(Column.values().length + i, 16 * 256);
            }
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        return sheet;
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /**
     * Reads an uploaded workbook. A file that is not an .xlsx workbook, too large, without the roster sheet or with
     * other headers is one error with row 0; cells that cannot be read (a date that is not a date, an ID number
     * stored as a number) are errors on their cell. Blank rows are skipped.
     */
    public static Reading read(InputStream in, long size, Messages messages) {
        List<CellError> errors = new ArrayList<>();
        if (size > MAX_BYTES) {
            return failure(messages.format("member_import.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        ZipSecureFile.setMinInflateRatio(0.005);
        Workbook workbook;
        try {
            byte[] data = in.readNBytes((int) MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                return failure(messages.format("member_import.tooLarge", MAX_BYTES / 1024 / 1024));
            }
            workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            return failure(messages.get("member_import.unreadable"));
        }
        try (workbook) {
            Sheet sheet = findSheet(workbook);
            if (sheet == null) {
                return failure(messages.format("member_import.wrongSheet", sheetName(messages)));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(HEADER_ROW);
            for (Column column : Column.values()) {
                String found = header == null ? "" : formatter.formatCellValue(header.getCell(column.ordinal()))
                        .strip();
                if (!found.equals(header(column, Messages.of(Locale.CHINESE)))
                        && !found.equals(header(column, Messages.of(Locale.ENGLISH)))) {
                    return failure(messages.format("member_import.wrongHeaders", HEADER_ROW + 1,
                            header(column, messages)));
                }
            }
            if (sheet.getLastRowNum() - FIRST_DATA_ROW + 1 > MAX_ROWS) {
                return failure(messages.format("member_import.tooManyRows", MAX_ROWS));
            }
            List<Line> lines = new ArrayList<>();
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                String[] values = new String[Column.values().length];
                LocalDate[] dates = new LocalDate[Column.values().length];
                for (Column column : Column.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    try {
                        if (column.isDate()) {
                            dates[column.ordinal()] = date(cell, formatter);
                        } else if (column == Column.ID_NUMBER && cell != null
                                && cell.getCellType() == CellType.NUMERIC) {
                            throw BusinessException.onField(column.field, "member_import.idNumberAsNumber");
                        } else {
                            String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
                            values[column.ordinal()] = value.isEmpty() ? null : value;
                        }
                    } catch (BusinessException e) {
                        errors.add(new CellError(r + 1, header(column, messages), messages.format(e.key(),
                                e.args())));
                    }
                }
                lines.add(new Line(r + 1, values, dates));
            }
            if (lines.isEmpty() && errors.isEmpty()) {
                return failure(messages.get("member_import.empty"));
            }
            return new Reading(lines, errors);
        } catch (IOException e) {
            return failure(messages.get("member_import.unreadable"));
        }
    }

    private static Sheet findSheet(Workbook workbook) {
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            Sheet sheet = workbook.getSheet(sheetName(Messages.of(locale)));
            if (sheet != null) {
                return sheet;
            }
        }
        return null;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Column column : Column.values()) {
            Cell cell = row.getCell(column.ordinal());
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = formatter.formatCellValue(cell).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(null, "error.badDate", text);
        }
    }

    private static Reading failure(String message) {
        return new Reading(List.of(), List.of(new CellError(0, null, message)));
    }

    static Column column(String field) {
        return Column.of(field);
    }
}
