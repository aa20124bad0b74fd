package org.partyregistry.member.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;
import org.partyregistry.platform.XlsxReader;

/**
 * The roster workbook layout, one for the import template, the import itself and the roster export: a title row,
 * a header row, then one member per row in the columns of {@link Column}. Export adds read-only columns after them,
 * which an import ignores. Reading is pure (no database): rows come back as values or as cell errors.
 */
public final class MemberWorkbook {

    /** The columns an import reads, in order; the header text is {@code member.<field>} in the viewer's language. */
    public enum Column {
        NAME("name", Member.NAME_MAX),
        ID_NUMBER("idNumber", 0),
        ETHNICITY("ethnicity", Member.ETHNICITY_MAX),
        EDUCATION("education", Member.EDUCATION_MAX),
        PHONE("phone", Member.PHONE_MAX),
        APPLIED_ON("appliedOn", DATE_TEXT_MAX),
        ACTIVIST_ON("activistOn", DATE_TEXT_MAX),
        DEVELOPMENT_TARGET_ON("developmentTargetOn", DATE_TEXT_MAX),
        PROBATIONARY_ON("probationaryOn", DATE_TEXT_MAX),
        FULL_ON("fullOn", DATE_TEXT_MAX),
        /** Rule M19: optional (a workbook without it imports as before): a party group of the branch, by name. */
        GROUP("group", Organization.NAME_MAX);

        final String field;
        /** The most characters the column takes; 0 when the ID number rules judge the text (rule M1). */
        final int max;

        Column(String field, int max) {
            this.field = field;
            this.max = max;
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
    /** A date typed as text is at most this long ("2015-07-01" is 10). */
    static final int DATE_TEXT_MAX = 30;
    /** Characters kept of any cell: more than any column takes, so a longer cell is reported, never held. */
    static final int CELL_TEXT_MAX = 1_000;
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

    /** The empty import template: title, headers, text format for every column, so ID numbers stay text. */
    public static byte[] template(Messages messages, String organizationName) {
        try (ReportBook book = ReportBook.of(messages)) {
            sheet(book, messages, false).title(messages.format("member_workbook.templateTitle", organizationName))
                    .header().typedAsText();
            return book.bytes();
        }
    }

    /** The roster in the template's layout plus read-only columns; ID numbers masked. */
    public static byte[] roster(Messages messages, String title, List<MemberView> members) {
        try (ReportBook book = ReportBook.streaming(messages)) {
            ReportSheet sheet = sheet(book, messages, true).title(title).header();
            for (MemberView m : members) {
                sheet.row(m.name(), m.idNumber(), m.ethnicity(), m.education(), m.phone(), m.appliedOn(),
                        m.activistOn(), m.developmentTargetOn(), m.probationaryOn(), m.fullOn(), m.groupName(),
                        m.organizationName(), messages.get("Stage." + m.stage()),
                        messages.get("MemberStatus." + m.status()), m.partyStandingStart(), m.standingYears());
            }
            sheet.total(messages.format("member_workbook.total", members.size()));
            return book.bytes();
        }
    }

    /** Row, column and message of each error, for the person who has to fix the upload. */
    public static byte[] errors(Messages messages, List<CellError> errors) {
        try (ReportBook book = ReportBook.of(messages)) {
            ReportSheet sheet = book.sheet(messages.get("member_workbook.errorSheet"),
                    ReportSheet.Kind.INTEGER.of("member_workbook.errorRow", 8),
                    ReportSheet.Kind.TEXT.of("member_workbook.errorColumn", 20),
                    ReportSheet.Kind.TEXT.of("member_workbook.errorMessage", 80)).header();
            for (CellError error : errors) {
                sheet.row(error.row() > 0 ? error.row() : null, error.column(), error.message());
            }
            return book.bytes();
        }
    }

    /** The roster sheet with the import's columns, and for an export the read-only ones after them. */
    private static ReportSheet sheet(ReportBook book, Messages messages, boolean export) {
        List<ReportSheet.Column> columns = new ArrayList<>();
        for (Column column : Column.values()) {
            int width = column == Column.ID_NUMBER ? 22 : 16;
            columns.add(new ReportSheet.Column("member." + column.field,
                    export && column.isDate() ? ReportSheet.Kind.DATE : ReportSheet.Kind.TEXT, width));
        }
        if (export) {
            for (String field : EXPORT_ONLY) {
                ReportSheet.Kind kind = switch (field) {
                    case "partyStandingStart" -> ReportSheet.Kind.DATE;
                    case "standingYears" -> ReportSheet.Kind.INTEGER;
                    default -> ReportSheet.Kind.TEXT;
                };
                columns.add(new ReportSheet.Column("member." + field, kind, 16));
            }
        }
        return book.sheet(sheetName(messages), columns.toArray(ReportSheet.Column[]::new));
    }

    /**
     * Reads an uploaded workbook as a stream (rows are never all in memory, and nothing past the row limit is read).
     * A file that is not an .xlsx workbook, too large, without the roster sheet, with other headers or more than
     * {@link #MAX_ROWS} data rows is one error with row 0; cells that cannot be read (a date that is not a date, an ID
     * number stored as a number, a text longer than its column takes) are errors on their cell, the value kept as
     * read. Blank rows are skipped.
     */
    public static Reading read(InputStream in, long size, Messages messages) {
        if (size > MAX_BYTES) {
            return tooLarge(messages);
        }
        Path file = null;
        try {
            file = Files.createTempFile("roster-import-", ".xlsx");
            if (copy(in, file) > MAX_BYTES) {
                return tooLarge(messages);
            }
            RosterRows rows = new RosterRows(messages);
            XlsxReader.read(file, List.of(sheetName(Messages.of(Locale.CHINESE)), sheetName(Messages.of(Locale.ENGLISH))),
                    Column.values().length, CELL_TEXT_MAX, rows::accept);
            return rows.result();
        } catch (XlsxReader.Failed e) {
            return switch (e.failure()) {
                case NO_SHEET -> failure(messages.format("member_import.wrongSheet", sheetName(messages)));
                case TOO_LARGE -> failure(messages.get("member_import.tooMuchContent"));
                case UNREADABLE -> failure(messages.get("member_import.unreadable"));
            };
        } catch (IOException e) {
            return failure(messages.get("member_import.unreadable"));
        } finally {
            delete(file);
        }
    }

    private static Reading tooLarge(Messages messages) {
        return failure(messages.format("member_import.tooLarge", MAX_BYTES / 1024 / 1024));
    }

    /** Copies the upload to the file, stopping one byte past the limit; returns the bytes copied. */
    private static long copy(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total <= MAX_BYTES && (n = in.read(buffer, 0, (int) Math.min(buffer.length,
                    MAX_BYTES + 1 - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
            }
            return total;
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Turns the sheet's rows into lines and cell errors, in the order the rules of {@link #read} give. */
    private static final class RosterRows {
        private final Messages messages;
        private final List<Line> lines = new ArrayList<>();
        private final List<CellError> errors = new ArrayList<>();
        private boolean headerSeen;
        private Reading refusal;

        RosterRows(Messages messages) {
            this.messages = messages;
        }

        boolean accept(int index, XlsxReader.Cell[] cells) {
            if (index < HEADER_ROW) {
                return true;
            }
            if (!headerSeen) {
                headerSeen = true;
                String wrong = wrongHeader(index == HEADER_ROW ? cells : null);
                if (wrong != null) {
                    refusal = failure(messages.format("member_import.wrongHeaders", HEADER_ROW + 1, wrong));
                    return false;
                }
                if (index == HEADER_ROW) {
                    return true;
                }
            }
            if (index >= FIRST_DATA_ROW + MAX_ROWS) {
                refusal = failure(messages.format("member_import.tooManyRows", MAX_ROWS));
                return false;
            }
            if (Arrays.stream(cells).allMatch(XlsxReader.Cell::isBlank)) {
                return true;
            }
            String[] values = new String[Column.values().length];
            LocalDate[] dates = new LocalDate[Column.values().length];
            for (Column column : Column.values()) {
                XlsxReader.Cell cell = cells[column.ordinal()];
                String text = cell.text().strip();
                try {
                    if (column.max > 0 && text.length() > column.max) {
                        values[column.ordinal()] = column.isDate() ? null : text;
                        throw BusinessException.onField(column.field, "error.tooLong", column.max);
                    }
                    if (column.isDate()) {
                        dates[column.ordinal()] = date(cell, text);
                    } else if (column == Column.ID_NUMBER && cell.number()) {
                        throw BusinessException.onField(column.field, "member_import.idNumberAsNumber");
                    } else {
                        values[column.ordinal()] = text.isEmpty() ? null : text;
                    }
                } catch (BusinessException e) {
                    errors.add(new CellError(index + 1, header(column, messages), messages.format(e.key(),
                            e.args())));
                }
            }
            lines.add(new Line(index + 1, values, dates));
            return true;
        }

        /** The header of the first column whose header row cell is neither the Chinese nor the English one. */
        private String wrongHeader(XlsxReader.Cell[] header) {
            for (Column column : Column.values()) {
                String found = header == null ? "" : header[column.ordinal()].text().strip();
                if (column == Column.GROUP && found.isEmpty()) {
                    continue;
                }
                if (!found.equals(header(column, Messages.of(Locale.CHINESE)))
                        && !found.equals(header(column, Messages.of(Locale.ENGLISH)))) {
                    return header(column, messages);
                }
            }
            return null;
        }

        Reading result() {
            if (refusal != null) {
                return refusal;
            }
            if (!headerSeen) {
                return failure(messages.format("member_import.wrongHeaders", HEADER_ROW + 1,
                        header(Column.NAME, messages)));
            }
            if (lines.isEmpty() && errors.isEmpty()) {
                return failure(messages.get("member_import.empty"));
            }
            return new Reading(lines, errors);
        }
    }

    private static LocalDate date(XlsxReader.Cell cell, String text) {
        if (cell.date() != null) {
            return cell.date();
        }
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
