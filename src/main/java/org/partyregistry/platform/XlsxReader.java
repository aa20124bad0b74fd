package org.partyregistry.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
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
            XlsxParts.WorkbookHandler workbook = new XlsxParts.WorkbookHandler();
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
            XlsxParts.StylesHandler styles = new XlsxParts.StylesHandler();
            InputStream stylesData = reader.getStylesData();
            if (stylesData != null) {
                parse(stylesData, STYLES_PART_MAX, styles);
            }
            XlsxParts.SharedStringsHandler strings = new XlsxParts.SharedStringsHandler(maxChars);
            InputStream stringsData = reader.getSharedStringsData();
            if (stringsData != null) {
                parse(stringsData, SHARED_STRINGS_PART_MAX, strings);
            }
            parse(reader.getSheet(relationId), SHEET_PART_MAX,
                    new XlsxParts.SheetHandler(columns, maxChars, workbook.date1904, styles, strings.strings, rows));
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
            if (!(e instanceof XlsxParts.Stop || e.getException() instanceof XlsxParts.Stop)) {
                throw e;
            }
            // stopped on purpose: the handler has what it needs
        }
    }

    static final class PartTooLarge extends IOException {
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
}
