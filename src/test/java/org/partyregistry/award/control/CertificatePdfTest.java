package org.partyregistry.award.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.platform.Messages;

class CertificatePdfTest {

    static final CertificateData DATA = new CertificateData(2026, "示例老党员甲", Sex.MALE, LocalDate.of(1975, 6, 1),
            51, "示例云帆网络科技党支部", "潍坊高新区党工委", LocalDate.of(2026, 6, 30));

    @Test
    @DisplayName("AW8 by default the certificate embeds a subset of the bundled font: no system font needed")
    void bundledFont() throws IOException {
        CjkFont font = CjkFont.locate(Optional.empty());
        assertThat(font.source()).isEqualTo("classpath:/fonts/NotoSansSC-Regular.ttf");
        byte[] pdf = CertificatePdf.write(DATA, font);
        Path out = Path.of("target", "certificate-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        assertReadable(pdf, CjkFont.bundled().length);
        assertThat(CjkFont.bundled()).as("read from the classpath once").isSameAs(CjkFont.bundled());
    }

    @Test
    @DisplayName("AW8 REGISTRY_CJK_FONT naming a readable TrueType file overrides the bundled font")
    void configuredFont(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("custom.ttf");
        Files.write(file, CjkFont.bundled());
        CjkFont font = CjkFont.locate(Optional.of(file.toString()));
        assertThat(font.source()).isEqualTo(file.toString());
        assertReadable(CertificatePdf.write(DATA, font), Files.size(file));

        Files.delete(file);
        assertThatThrownBy(() -> CertificatePdf.write(DATA, font))
                .as("the configured file, not the bundled one, is read").isInstanceOf(UncheckedIOException.class);
    }

    @Test
    @DisplayName("AW8 REGISTRY_CJK_FONT may name a TrueType collection (.ttc): its first font is embedded")
    void configuredCollection(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("custom.ttc");
        Files.write(file, collectionOf(CjkFont.bundled()));
        assertReadable(CertificatePdf.write(DATA, CjkFont.locate(Optional.of(file.toString()))), Files.size(file));
    }

    @Test
    @DisplayName("AW8 a configured font that is not there is a clear 503 naming the setting and the file")
    void missingFont(@TempDir Path dir) {
        assertThatThrownBy(() -> CjkFont.locate(Optional.of("/nonexistent/font.ttc")))
                .isInstanceOf(CjkFont.MissingException.class)
                .satisfies(e -> {
                    CjkFont.MissingException missing = (CjkFont.MissingException) e;
                    assertThat(missing.status()).isEqualTo(503);
                    assertThat(Messages.of(Locale.ENGLISH).format(missing.key(), missing.args()))
                            .contains("REGISTRY_CJK_FONT", "/nonexistent/font.ttc", "Cannot read")
                            .doesNotContain("wqy");
                    assertThat(Messages.of(Messages.CHINESE).format(missing.key(), missing.args()))
                            .contains("REGISTRY_CJK_FONT", "/nonexistent/font.ttc", "无法读取");
                });
        assertThatThrownBy(() -> CjkFont.locate(Optional.of(dir.toString()))).as("a folder is no font file")
                .isInstanceOf(CjkFont.MissingException.class);
    }

    /** A TrueType collection holding one font: a 16-byte ttcf header, then the font with its table offsets moved. */
    private static byte[] collectionOf(byte[] ttf) {
        ByteBuffer out = ByteBuffer.allocate(16 + ttf.length);
        out.put("ttcf".getBytes(StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(1).putInt(16).put(ttf);
        int tables = out.getShort(16 + 4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int offset = 16 + 12 + 16 * i + 8;
            out.putInt(offset, out.getInt(offset) + 16);
        }
        return out.array();
    }

    /** One page whose Chinese text extracts as written, drawn with an embedded subset far smaller than the font. */
    private static void assertReadable(byte[] pdf, long fontSize) throws IOException {
        assertThat(pdf.length).as("a subset, not the %d-byte font", fontSize).isLessThan(100_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("光荣在党50年", "示例老党员甲同志", "1975年6月1日", "党龄已满51年", "潍坊高新区党工委",
                    "2026年6月30日", "示例云帆网络科技党支部");
            PDResources resources = document.getPage(0).getResources();
            List<COSName> names = new ArrayList<>();
            resources.getFontNames().forEach(names::add);
            assertThat(names).hasSize(1);
            PDFont embedded = resources.getFont(names.get(0));
            assertThat(embedded).isInstanceOf(PDType0Font.class);
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(embedded.getName()).as("subset fonts carry a 6-letter tag")
                    .matches("[A-Z]{6}\\+NotoSansSC-Regular");
            PDStream fontFile = ((PDType0Font) embedded).getDescendantFont().getFontDescriptor().getFontFile2();
            assertThat(fontFile).as("TrueType outlines embedded as FontFile2").isNotNull();
            assertThat(fontFile.toByteArray().length).as("the embedded font program").isLessThan(80_000);
        }
    }

    @Test
    @DisplayName("AW9 the roster workbook: title, awarding body and ceremony date, a numbered row each, the total")
    void rosterWorkbook() throws IOException {
        MedalRoster roster = new MedalRoster(2026, "潍坊高新区党工委", LocalDate.of(2026, 11, 27), List.of(
                new MedalRoster.Line("示例老党员甲", "MALE", 1948, "示例支部", LocalDate.of(1975, 6, 1), 51,
                        LocalDate.of(2026, 6, 30)),
                new MedalRoster.Line("示例老党员乙", "FEMALE", 1950, "示例支部", LocalDate.of(1976, 6, 1), 50,
                        LocalDate.of(2026, 6, 30))));
        byte[] bytes = MedalRosterWorkbook.write(roster, Messages.of(Messages.CHINESE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年度“光荣在党50年”纪念章颁发名单");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("潍坊高新区党工委", "2026-06-30",
                    "单位：人");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("示例老党员甲");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("女");
            assertThat(sheet.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(50);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("2人");
        }
    }
}
