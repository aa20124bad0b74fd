package org.partyregistry.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import org.partyregistry.platform.XlsxReader.Cell;
import org.partyregistry.platform.XlsxReader.Rows;

/**
 * The SAX handlers {@link XlsxReader} reads a workbook's parts with: the workbook (sheet names, date system), the
 * styles (which formats are dates), the shared strings (kept up to a limit) and the sheet itself, row by row.
 */
final class XlsxParts {

    private static final String RELATIONSHIPS = "relationships";

    private XlsxParts() {
    }

    /** Ends a parse early, on purpose. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Text gathered up to a limit; what goes over it is counted as one more character, never kept. */
    static final class Text {
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
    static final class WorkbookHandler extends DefaultHandler {
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
    static final class StylesHandler extends DefaultHandler {
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
    static final class SharedStringsHandler extends DefaultHandler {
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
                    if (kept > XlsxReader.SHARED_CHARS_MAX) {
                        throw new SAXException(new XlsxReader.PartTooLarge());
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
    static final class SheetHandler extends DefaultHandler {
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
