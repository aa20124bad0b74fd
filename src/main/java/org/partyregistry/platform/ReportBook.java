package org.partyregistry.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One Excel workbook of {@link ReportSheet}s, in the layout staff print and hand upward: the styles every sheet
 * shares, the date printed in each page footer, and the bytes once every sheet is written. An export opens one,
 * declares its sheets' columns, writes its rows and calls {@link #bytes()}:
 * <pre>
 * try (ReportBook book = ReportBook.of(messages)) {
 *     ReportSheet sheet = book.sheet(messages.get("x.sheet"), TEXT.of("x.name", 20), COUNT.of("x.people", 12));
 *     sheet.title(...).info(...).header();
 *     sheet.row(...); sheet.total(...);
 *     return book.bytes();
 * }
 * </pre>
 */
public final class ReportBook implements AutoCloseable {

    /** Rows an export that can grow keeps in memory while it writes (the rest go to a temporary file). */
    static final int STREAMING_WINDOW = 200;

    private final Workbook workbook;
    private final Messages messages;
    private final LocalDate printedOn;
    private final List<ReportSheet> sheets = new ArrayList<>();
    final CellStyle title;
    final CellStyle info;
    final CellStyle header;
    final CellStyle textForm;
    private final Map<ReportSheet.Kind, CellStyle> plain = new EnumMap<>(ReportSheet.Kind.class);
    private final Map<ReportSheet.Kind, CellStyle> bold = new EnumMap<>(ReportSheet.Kind.class);

    ReportBook(Workbook workbook, Messages messages, LocalDate printedOn) {
        this.workbook = workbook;
        this.messages = messages;
        this.printedOn = printedOn;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        info = workbook.createCellStyle();
        header = bordered();
        header.setFont(boldFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        textForm = workbook.createCellStyle();
        textForm.setDataFormat(workbook.createDataFormat().getFormat("@"));
        for (ReportSheet.Kind kind : ReportSheet.Kind.values()) {
            plain.put(kind, typed(kind));
            CellStyle total = typed(kind);
            total.setFont(boldFont);
            bold.put(kind, total);
        }
    }

    /** A workbook held in memory, dated today in China. */
    public static ReportBook of(Messages messages) {
        return new ReportBook(new XSSFWorkbook(), messages, LocalDate.now(ChinaClock.ZONE));
    }

    /** A workbook written as it goes, for exports of many thousand rows. */
    public static ReportBook streaming(Messages messages) {
        return new ReportBook(new SXSSFWorkbook(STREAMING_WINDOW), messages, LocalDate.now(ChinaClock.ZONE));
    }

    /** A sheet named {@code name} (already in the request's language) with these columns, in order. */
    public ReportSheet sheet(String name, ReportSheet.Column... columns) {
        ReportSheet sheet = new ReportSheet(this, workbook.createSheet(name), List.of(columns));
        sheets.add(sheet);
        return sheet;
    }

    /** Sets every sheet up for print and returns the workbook as .xlsx bytes. */
    public byte[] bytes() {
        for (ReportSheet sheet : sheets) {
            sheet.print(footerPage(), footerDate());
            workbook.setPrintArea(workbook.getSheetIndex(sheet.name()), 0, sheet.lastColumn(), 0,
                    Math.max(0, sheet.lastRow()));
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a bundle key; blank for a blank key. */
    String label(String key) {
        return key == null || key.isBlank() ? "" : messages.get(key);
    }

    CellStyle style(ReportSheet.Kind kind, boolean total) {
        return (total ? bold : plain).get(kind);
    }

    /** "Page &amp;P of &amp;N" in the request's language (the spreadsheet fills in the numbers when it prints). */
    String footerPage() {
        return messages.format("report_sheet.footerPage", "&P", "&N");
    }

    /** The day the workbook was made, written out in the request's language. */
    String footerDate() {
        return printedOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
    }

    private CellStyle typed(ReportSheet.Kind kind) {
        CellStyle style = bordered();
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (kind.format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(kind.format));
        }
        if (kind.centred) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
