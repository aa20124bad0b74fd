package org.partyregistry.award.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.partyregistry.platform.Messages;

/**
 * The medal certificate (rule AW8): one A4 landscape page, a double red frame, the title, the awardee's name,
 * standing start and years, the awarding body and the ceremony date. The Chinese text is drawn with a subset of a
 * TrueType CJK font ({@link CjkFont}) embedded in the file (some tens of KB), so it reads the same on any machine.
 */
public final class CertificatePdf {

    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x3C);
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    /** Punctuation that never starts a line: it stays at the end of the previous one. */
    private static final String NO_LINE_START = "，。、；：？！”’）》」』";

    private CertificatePdf() {
    }

    public static byte[] write(CertificateData data, CjkFont cjkFont) {
        Messages messages = Messages.of(Messages.CHINESE);
        try (PDDocument document = new PDDocument(); CjkFont.Parsed ttf = cjkFont.parse()) {
            PDType0Font font = PDType0Font.load(document, ttf.font(), true);
            draw(document, font, data, messages);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(messages.get("certificate.title") + " · " + data.name());
            info.setAuthor(data.awardingBody());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDDocument document, PDType0Font font, CertificateData data, Messages messages)
            throws IOException {
        PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(a4);
        document.addPage(page);
        float w = a4.getWidth();
        float h = a4.getHeight();
        try (PDPageContentStream c = new PDPageContentStream(document, page)) {
            c.setStrokingColor(RED);
            c.setLineWidth(6);
            c.addRect(24, 24, w - 48, h - 48);
            c.stroke();
            c.setStrokingColor(GOLD);
            c.setLineWidth(1.5f);
            c.addRect(36, 36, w - 72, h - 72);
            c.stroke();

            centered(c, font, messages.get("certificate.title"), 40, RED, w, h - 120);
            centered(c, font, messages.get("certificate.subtitle"), 20, GOLD, w, h - 156);

            float left = 110;
            float right = w - 110;
            text(c, font, messages.format("certificate.salutation", data.name()), 22, INK, left, h - 220);
            List<String> body = wrap(font, 18, right - left - 36, messages.format("certificate.body",
                    date(messages, data.partyStandingStart()), String.valueOf(data.year()),
                    String.valueOf(data.standingYears())));
            float y = h - 268;
            boolean first = true;
            for (String line : body) {
                text(c, font, line, 18, INK, left + (first ? 36 : 0), y);
                first = false;
                y -= 34;
            }
            text(c, font, messages.format("certificate.organization", data.organizationName()), 13, INK, left, 120);
            rightAligned(c, font, data.awardingBody(), 18, INK, right, 128);
            rightAligned(c, font, date(messages, data.awardedOn()), 16, INK, right, 98);
        }
    }

    /** Breaks text into lines no wider than {@code width}, between any two characters (Chinese has no spaces). */
    static List<String> wrap(PDType0Font font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float first = width;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float next = font.getStringWidth(line + ch) / 1000 * size;
            float limit = lines.isEmpty() ? first : width + 36;
            if (next > limit && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String date(Messages messages, LocalDate date) {
        return messages.format("certificate.date", String.valueOf(date.getYear()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getDayOfMonth()));
    }

    private static void text(PDPageContentStream c, PDType0Font font, String text, float size, Color color,
                             float x, float y) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.setNonStrokingColor(color);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    private static void centered(PDPageContentStream c, PDType0Font font, String text, float size, Color color,
                                 float pageWidth, float y) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        text(c, font, text, size, color, (pageWidth - width) / 2, y);
    }

    private static void rightAligned(PDPageContentStream c, PDType0Font font, String text, float size, Color color,
                                     float right, float y) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        text(c, font, text, size, color, right - width, y);
    }
}
