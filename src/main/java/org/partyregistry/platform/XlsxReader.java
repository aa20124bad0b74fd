package org.partyregistry.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an uploaded .xlsx workbook as a stream of rows (Apache POI's event API: {@link XSSFReader} for
 * the package, SAX for the parts), so memory does not grow with the file: the sheet is never loaded whole, the
 * reader stops where the caller says (a row limit), and every text is kept only up to {@code maxChars + 1}
 * characters, so a caller sees that a cell is too long without holding it.
 *
 * <p>POI's zip-bomb check (a minimum compression ratio) refuses a file whose cells repeat a long text, which a user
 * can produce in good faith; for the parts read here it is replaced by explicit limits on the bytes read from each
 * part and on the characters kept from the shared strings. Whatever POI itself parses (the package's relationships)
 * keeps its check.
 */
public final class XlsxReader {

    /** Uncompressed bytes read at most from each part. */
    static final long WORKBOOK_PART_MAX = 4L * 1024 * 1024;
    static final long STYLES_PART_MAX = 32L * 1024 * 1024;
    static final long SHARED_STRINGS_PART_MAX = 256L * 1024 * 1024;
    static final long SHEET_PART_MAX = 1024L * 1024 * 1024;
    /** Characters kept from all shared strings together. */
    static final long SHARED_CHARS_MAX = 16L * 1024 * 1024;

    private static final String RELATIONSHIPS = "relationships";

    /** Why a workbook could not be read at all. */
    public enum Failure {
        /** Not an .xlsx workbook, or a damaged one. */
        UNREADABLE,
        /** None of the sheets asked for is in the workbook. */
        NO_SHEET,
        /** A part of the workbook is larger than the limits above. */
        TOO_LARGE
    }

    /** The workbook could not be read; nothing was delivered after this. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final Failure failure;

        Failed(Failure failure, Throwable cause) {
            super(failure.name(), cause);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /**
     * A cell as Excel shows it: {@code text} formatted like Excel's "General" or the cell's number format, at most
     * {@code maxChars + 1} characters (longer means the cell holds more); {@code number} when the cell holds a
     * plain number (no formula); {@code date} when it holds a date (a number with a date format, or a date cell).
     */
    public record Cell(String text, boolean number, LocalDate date) {
        static final Cell BLANK = new Cell("", false, null);

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** Receives each row element of the sheet in order, with its 0-based index; false stops the reading. */
    @FunctionalInterface
    public interface Rows {
        boolean row(int index, Cell[] cells);
    }

    private XlsxReader() {
    }

    /**
     * Reads the first sheet among {@code sheetNames} (in that order of preference) of the workbook in {@code file},
     * delivering the first {@code columns} cells of every row element (blank rows too, as Excel keeps them).
     */
    public static void read(Path file, List<String> sheetNames, int columns, int maxChars, Rows rows)
            throws Failed {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new Failed(Failure.UNREADABLE, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookHandler workbook = new WorkbookHandler();
            parse(reader.getWorkbookData(), WORKBOOK_PART_MAX, workbook);
            String relationId = null;
            for (String name : sheetNames) {
                relationId = workbook.sheets.get(name);
                if (relationId != null) {
                    break;
                }
            }
            if (relationId == null) {
                throw new Failed(Failure.NO_SHEET, null);
            }
            StylesHandler styles = new StylesHandler();
            InputStream stylesData = reader.getStylesData();
            if (stylesData != null) {
                parse(stylesData, STYLES_PART_MAX, styles);
            }
            SharedStringsHandler strings = new SharedStringsHandler(maxChars);
            InputStream stringsData = reader.getSharedStringsData();
            if (stringsData != null) {
                parse(stringsData, SHARED_STRINGS_PART_MAX, strings);
            }
            parse(reader.getSheet(relationId), SHEET_PART_MAX,
                    new SheetHandler(columns, maxChars, workbook.date1904, styles, strings.strings, rows));
        } catch (Failed e) {
            throw e;
        } catch (Exception e) {
            throw new Failed(tooLarge(e) ? Failure.TOO_LARGE : Failure.UNREADABLE, e);
        } finally {
            pkg.revert();
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PartTooLarge) {
                return true;
            }
            if (cause instanceof SAXException sax && sax.getException() instanceof PartTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void parse(InputStream part, long maxBytes, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        if (part instanceof ZipArchiveThresholdInputStream guarded) {
            guarded.setGuardState(false);
        }
        try (InputStream in = new LimitedInputStream(part, maxBytes)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (!(e instanceof Stop || e.getException() instanceof Stop)) {
                throw e;
            }
            // stopped on purpose: the handler has what it needs
        }
    }

    /** Ends a parse early, on purpose. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private static final class PartTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PartTooLarge {
            remaining -= n;
            if (remaining < 0) {
                throw new PartTooLarge();
            }
        }
    }

    /** Text gathered up to a limit; what goes over it is counted as one more character, never kept. */
    private static final class Text {
        private final StringBuilder chars = new StringBuilder();
        private final int max;

        Text(int max) {
            this.max = max;
        }

        void append(char[] ch, int start, int length) {
            int room = max + 1 - chars.length();
            if (room > 0) {
                chars.append(ch, start, Math.min(room, length));
            }
        }

        void clear() {
            chars.setLength(0);
        }

        @Override
        public String toString() {
            return chars.toString();
        }
    }

    /** workbook.xml: each sheet's name and relationship id; the 1904 date system. */
    private static final class WorkbookHandler extends DefaultHandler {
        final Map<String, String> sheets = new HashMap<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if ("sheet".equals(localName)) {
                String id = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith(RELATIONSHIPS)) {
                        id = attributes.getValue(i);
                    }
                }
                String name = attributes.getValue("name");
                if (name != null && id != null) {
                    sheets.putIfAbsent(name, id);
                }
            }
        }
    }

    /** styles.xml: the number format of each cell style (its index in cellXfs). */
    private static final class StylesHandler extends DefaultHandler {
        final Map<Integer, String> formats = new HashMap<>();
        final List<Integer> formatOfStyle = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("numFmt".equals(localName)) {
                Integer id = integer(attributes.getValue("numFmtId"));
                if (id != null && attributes.getValue("formatCode") != null) {
                    formats.put(id, attributes.getValue("formatCode"));
                }
            } else if ("cellXfs".equals(localName)) {
                inCellXfs = true;
            } else if (inCellXfs && "xf".equals(localName)) {
                Integer id = integer(attributes.getValue("numFmtId"));
                formatOfStyle.add(id == null ? 0 : id);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellXfs = false;
            }
        }

        int formatIndex(int style) {
            return style >= 0 && style < formatOfStyle.size() ? formatOfStyle.get(style) : 0;
        }

        String formatString(int formatIndex) {
            String format = formats.get(formatIndex);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            return format == null ? "General" : format;
        }
    }

    /** sharedStrings.xml: each string's text (phonetic runs left out), each kept up to the limit. */
    private static final class SharedStringsHandler extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final Text text;
        private boolean inString;
        private boolean inText;
        private boolean inPhonetic;
        private long kept;

        SharedStringsHandler(int maxChars) {
            this.text = new Text(maxChars);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> {
                    inString = true;
                    text.clear();
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inString && !inPhonetic;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "si" -> {
                    String value = text.toString();
                    kept += value.length() + 1;
                    if (kept > SHARED_CHARS_MAX) {
                        throw new SAXException(new PartTooLarge());
                    }
                    strings.add(value);
                    inString = false;
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }

    /** A worksheet: rows and their first cells, each cell's text kept up to the limit. */
    private static final class SheetHandler extends DefaultHandler {
        private final int columns;
        private final boolean date1904;
        private final StylesHandler styles;
        private final List<String> strings;
        private final Rows rows;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final Text value;

        private Cell[] cells;
        private int rowIndex = -1;
        private int column = -1;
        private boolean wanted;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inPhonetic;

        SheetHandler(int columns, int maxChars, boolean date1904, StylesHandler styles, List<String> strings,
                     Rows rows) {
            this.columns = columns;
            this.date1904 = date1904;
            this.styles = styles;
            this.strings = strings;
            this.rows = rows;
            this.value = new Text(maxChars);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    Integer r = integer(attributes.getValue("r"));
                    rowIndex = r == null ? rowIndex + 1 : r - 1;
                    column = -1;
                    cells = new Cell[columns];
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    wanted = cells != null && column >= 0 && column < columns;
                    type = attributes.getValue("t");
                    Integer s = integer(attributes.getValue("s"));
                    style = s == null ? 0 : s;
                    formula = false;
                    value.clear();
                }
                case "f" -> formula = true;
                case "v" -> inValue = wanted;
                case "rPh" -> inPhonetic = true;
                case "t" -> inValue = wanted && "inlineStr".equals(type) && !inPhonetic;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (wanted) {
                        cells[column] = cell(value.toString());
                    }
                    wanted = false;
                }
                case "row" -> {
                    for (int i = 0; i < columns; i++) {
                        if (cells[i] == null) {
                            cells[i] = Cell.BLANK;
                        }
                    }
                    Cell[] delivered = cells;
                    cells = null;
                    if (!rows.row(rowIndex, delivered)) {
                        throw new Stop();
                    }
                }
                case "sheetData" -> throw new Stop();
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        private Cell cell(String raw) {
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    Integer index = integer(raw.strip());
                    return new Cell(index == null || index < 0 || index >= strings.size() ? ""
                            : strings.get(index), false, null);
                }
                case "inlineStr", "str", "e" -> {
                    return new Cell(raw, false, null);
                }
                case "b" -> {
                    return new Cell("1".equals(raw.strip()) ? "TRUE" : raw.isBlank() ? "" : "FALSE", false, null);
                }
                case "d" -> {
                    return new Cell(raw, false, isoDate(raw));
                }
                default -> {
                    return number(raw.strip());
                }
            }
        }

        private Cell number(String raw) {
            if (raw.isEmpty()) {
                return Cell.BLANK;
            }
            double number;
            try {
                number = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return new Cell(raw, false, null);
            }
            int formatIndex = styles.formatIndex(style);
            String formatString = styles.formatString(formatIndex);
            LocalDate date = null;
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(number)) {
                date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
            }
            return new Cell(formatter.formatRawCellContents(number, formatIndex, formatString, date1904), !formula,
                    date);
        }

        private static LocalDate isoDate(String raw) {
            String text = raw.strip();
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** "AB12" → 27: the letters of a cell reference as a 0-based column. */
        private static int columnOf(String reference) {
            int column = 0;
            int i = 0;
            for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > 16_384) {
                    return -1;
                }
            }
            return i == 0 ? -1 : column - 1;
        }
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
