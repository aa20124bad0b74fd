package org.partyregistry.award.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Settings;

/**
 * The TrueType CJK font the certificates embed a subset of (rule AW8): the file named by {@code REGISTRY_CJK_FONT}
 * if set, or else Noto Sans SC Regular, which ships with the application ({@value #BUNDLED} on the classpath, SIL
 * Open Font License). Only TrueType outlines ({@code .ttf}, {@code .ttc}) work: OpenType fonts with CFF outlines
 * (Noto Sans CJK's {@code .otf}/{@code .ttc}) cannot be subset into a PDF.
 *
 * <p>The bundled font (about 10 MB) is read from the classpath once per JVM and kept as bytes that are never
 * written to; each certificate parses its own font from them, as a parsed PDFBox font reads its glyphs lazily through
 * one stream and is not shared between threads. A configured file is read again for each certificate, so replacing
 * it needs no restart.
 */
public final class CjkFont {

    public static final String SETTING = Settings.CJK_FONT;
    /** Classpath resource of the bundled font. */
    public static final String BUNDLED = "/fonts/NotoSansSC-Regular.ttf";

    private static volatile byte[] bundledBytes;

    /** The configured font file; {@code null} for the bundled font. */
    private final Path file;

    /** The configured font cannot be read: certificates cannot be printed until the setting is fixed. */
    public static class MissingException extends BusinessException {

        public MissingException(String where) {
            super(null, "certificate.noFont", SETTING, where);
        }

        @Override
        public int status() {
            return 503;
        }
    }

    /** A font parsed for one document. Close it only after the document is saved: PDFBox subsets on save. */
    record Parsed(TrueTypeFont font, Closeable collection) implements Closeable {

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            } else {
                font.close();
            }
        }
    }

    private CjkFont(Path file) {
        this.file = file;
    }

    public static CjkFont locate() {
        return locate(Settings.current().get(SETTING));
    }

    static CjkFont locate(Optional<String> configured) {
        if (configured.isEmpty()) {
            return new CjkFont(null);
        }
        Path path = Path.of(configured.get());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new MissingException(path.toString());
        }
        return new CjkFont(path);
    }

    /** Where the font comes from: the configured file, or the bundled classpath resource. */
    public String source() {
        return file != null ? file.toString() : "classpath:" + BUNDLED;
    }

    /** Parses the font; a collection ({@code .ttc}) gives its first font. */
    Parsed parse() throws IOException {
        if (file == null) {
            return new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(bundled())), null);
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return new Parsed(new TTFParser().parse(new RandomAccessReadBufferedFile(file)), null);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("No font in the collection " + file);
            }
            return new Parsed(first[0], collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    /** The bundled font's bytes, read from the classpath on first use; callers never write to the array. */
    static byte[] bundled() {
        byte[] bytes = bundledBytes;
        if (bytes == null) {
            synchronized (CjkFont.class) {
                bytes = bundledBytes;
                if (bytes == null) {
                    try (InputStream in = CjkFont.class.getResourceAsStream(BUNDLED)) {
                        if (in == null) {
                            throw new IllegalStateException("The bundled font " + BUNDLED + " is not on the classpath");
                        }
                        bytes = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the bundled font " + BUNDLED, e);
                    }
                    bundledBytes = bytes;
                }
            }
        }
        return bytes;
    }
}
