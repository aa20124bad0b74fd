package org.partyregistry.platform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of a {@link ReportBook}: a title merged across the columns, info rows, a header (one row, or two under
 * {@link #groups}), data rows, total rows, in the typed columns declared when it was made. Rows are written top
 * down. Every cell of the table has a thin border; the header stays in view when scrolling and is repeated on every
 * printed page; the sheet prints on A4 (landscape when its columns are wide), one page wide, with the page number
 * and the date in the footer.
 */
public final class ReportSheet {

    /** What a column holds, and how its numbers show. Dates are written as ISO text (yyyy-MM-dd), as imports read. */
    public enum Kind {
        TEXT(null, false),
        /** A whole number shown as is (a year, a row number). */
        INTEGER("0", true),
        /** A whole number with thousands separators. */
        COUNT("#,##0", false),
        /** A share (0.5 is 50%). */
        PERCENT("0.00%", false),
        DATE(null, true),
        MONEY("#,##0.00", false);

        final String format;
        final boolean centred;

        Kind(String format, boolean centred) {
            this.format = format;
            this.centred = centred;
        }

        /** A column of this kind: its header's bundle key (blank for none) and width in characters. */
        public Column of(String header, int width) {
            return new Column(header, this, width);
        }
    }

    /** A column: its header's bundle key (blank for none), kind and width in characters. */
    public record Column(String header, Kind kind, int width) {
    }

    /** A header above {@code span} columns; a group of one column takes both header rows. */
    public record Group(String label, int span) {
    }

    /** Sheets whose columns add up to more characters than this print on A4 landscape. */
    static final int PORTRAIT_WIDTH = 100;
    /** A header row grows to this many lines at most for a header longer than its column. */
    static final int MAX_HEADER_LINES = 3;
    static final float LINE_POINTS = 15f;

    private final ReportBook book;
    private final Sheet sheet;
    private final List<Column> columns;
    private List<Group> groups = List.of();
    private int next;
    private boolean informed;
    private int headerFirst = -1;
    private int headerLast = -1;
    private int frozenColumns;

    ReportSheet(ReportBook book, Sheet sheet, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs at least one column");
        }
        this.book = book;
        this.sheet = sheet;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
    }

    /** The title, one info row and the header: the usual top of a report sheet. */
    public ReportSheet top(String title, String info) {
        return title(title).info(info).header();
    }

    /** The title row, merged across the sheet's columns so it prints within the page's width. */
    public ReportSheet title(String text) {
        merged(text, book.title);
        return this;
    }

    /** A line of context (organization, period, units) merged across the columns; a blank row follows the last. */
    public ReportSheet info(String text) {
        merged(text, book.info);
        informed = true;
        return this;
    }

    /** Headers over several columns, written above the columns' own headers by {@link #header()}. */
    public ReportSheet groups(List<Group> groups) {
        this.groups = List.copyOf(groups);
        return this;
    }

    /** How many left-hand columns stay in view when scrolling sideways (none unless set). */
    public ReportSheet freezeColumns(int count) {
        this.frozenColumns = count;
        return this;
    }

    /**
     * The header: the groups' row (when given) and the columns' headers. The rows below it scroll under it, and it
     * is printed at the top of every page.
     */
    public ReportSheet header() {
        if (informed) {
            next++;
        }
        headerFirst = next;
        if (!groups.isEmpty()) {
            Row top = sheet.createRow(next++);
            int column = 0;
            for (Group group : groups) {
                for (int i = 0; i < group.span(); i++) {
                    cell(top, column + i, i == 0 ? group.label() : "").setCellStyle(book.header);
                }
                if (group.span() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(next - 1, next - 1, column, column + group.span() - 1));
                } else {
                    sheet.addMergedRegion(new CellRangeAddress(next - 1, next, column, column));
                }
                column += group.span();
            }
        }
        headings(columns.stream().map(c -> book.label(c.header())).toArray(String[]::new));
        headerLast = next - 1;
        sheet.createFreezePane(frozenColumns, next);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
        return this;
    }

    /** A further header row further down (a second table on the same sheet), in the header's style. */
    public ReportSheet subHeader(String... keys) {
        return headings(Arrays.stream(keys).map(book::label).toArray(String[]::new));
    }

    private ReportSheet headings(String... labels) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < labels.length; i++) {
            cell(row, i, labels[i]).setCellStyle(book.header);
            lines = Math.max(lines, lines(labels[i], columns.get(i).width()));
        }
        row.setHeightInPoints(Math.min(lines, MAX_HEADER_LINES) * LINE_POINTS);
        return this;
    }

    /** The lines a wrapped header takes in a column {@code width} characters wide (a Chinese character is two). */
    static int lines(String label, int width) {
        int characters = label.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        return Math.max(1, (characters + width - 2) / Math.max(1, width - 1));
    }

    /**
     * A data row, one value per column from the left: a {@link Number} is a number, a {@link LocalDate} ISO text,
     * anything else its text; {@code null} (and any column past the values) an empty bordered cell.
     */
    public ReportSheet row(Object... values) {
        return line(false, values);
    }

    /** A total row: as {@link #row}, in bold. */
    public ReportSheet total(Object... values) {
        return line(true, values);
    }

    /** An empty row, to set a second table apart. */
    public ReportSheet gap() {
        next++;
        return this;
    }

    /** A bold caption in the first column, over a second table. */
    public ReportSheet caption(String text) {
        cell(sheet.createRow(next++), 0, text).setCellStyle(book.style(Kind.TEXT, true));
        return this;
    }

    /**
     * For a template people fill in: whatever they type into these columns stays text (an ID number is not turned
     * into a number, a date not into a serial).
     */
    public ReportSheet typedAsText() {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setDefaultColumnStyle(i, book.textForm);
        }
        return this;
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastColumn() {
        return columns.size() - 1;
    }

    int lastRow() {
        return next - 1;
    }

    /** A4, landscape when the columns are wide, one page wide and as many pages high as it takes, margins set. */
    void print(String page, String date) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(columns.stream().mapToInt(Column::width).sum() > PORTRAIT_WIDTH);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        Footer footer = sheet.getFooter();
        footer.setCenter(page);
        footer.setRight(date);
    }

    private ReportSheet line(boolean total, Object... values) {
        if (values.length > columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Object value = i < values.length ? values[i] : null;
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            cell.setCellStyle(book.style(columns.get(i).kind(), total));
        }
        return this;
    }

    private void merged(String text, org.apache.poi.ss.usermodel.CellStyle style) {
        int r = next++;
        cell(sheet.createRow(r), 0, text).setCellStyle(style);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
        }
    }

    private static Cell cell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        return cell;
    }
}
