package org.partyregistry.award.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.platform.Messages;

class CertificatePdfTest {

    static final CertificateData DATA = new CertificateData(2026, "示例老党员甲", Sex.MALE, LocalDate.of(1975, 6, 1),
            51, "示例云帆网络科技党支部", "潍坊高新区党工委", LocalDate.of(2026, 6, 30));

    @Test
    @DisplayName("AW8 the certificate embeds a CJK font subset: small, and its Chinese text extracts as written")
    void embeddedSubset() throws IOException {
        Path font = CjkFont.locate();
        byte[] pdf = CertificatePdf.write(DATA, font);
        Path out = Path.of("target", "certificate-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        assertThat(pdf.length).as("a subset, not the %d-byte font", Files.size(font)).isLessThan(300_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("光荣在党50年", "示例老党员甲同志", "1975年6月1日", "党龄已满51年", "潍坊高新区党工委",
                    "2026年6月30日", "示例云帆网络科技党支部");
            PDFont embedded = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(embedded.getName()).as("subset fonts carry a 6-letter tag").matches("[A-Z]{6}\\+.*");
        }
    }

    @Test
    @DisplayName("AW8 a configured font that is not there is a clear error naming the setting")
    void missingFont() {
        assertThatThrownBy(() -> CjkFont.locate(Optional.of("/nonexistent/font.ttc"), List.of()))
                .isInstanceOf(CjkFont.MissingException.class)
                .satisfies(e -> {
                    CjkFont.MissingException missing = (CjkFont.MissingException) e;
                    assertThat(missing.status()).isEqualTo(503);
                    assertThat(Messages.of(Locale.ENGLISH).format(missing.key(), missing.args()))
                            .contains("REGISTRY_CJK_FONT", "/nonexistent/font.ttc", "fonts-wqy-zenhei");
                });
        assertThatThrownBy(() -> CjkFont.locate(Optional.empty(), List.of(Path.of("/nonexistent/a.ttc"))))
                .isInstanceOf(CjkFont.MissingException.class);
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
