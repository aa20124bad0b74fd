package org.partyregistry.award.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.platform.PrintChecks.assertPrintReady;
import static org.partyregistry.platform.PrintChecks.open;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.Messages;

class MedalRosterWorkbookTest {

    @Test
    void numberedAwardeesThenTotalPrintedLandscape() throws Exception {
        MedalRoster roster = new MedalRoster(2021, "潍坊高新区党工委", LocalDate.of(2021, 6, 30), List.of(
                new MedalRoster.Line("王五", "MALE", 1945, "甲支部", LocalDate.of(1970, 7, 1), 51,
                        LocalDate.of(2021, 6, 29))));
        try (XSSFWorkbook book = open(MedalRosterWorkbook.write(roster, Messages.of(Messages.CHINESE)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2021");
            assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("王五");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("男");
            assertThat(sheet.getRow(4).getCell(3).getCellStyle().getDataFormatString()).as("a year, no separator")
                    .isEqualTo("0");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("1970-07-01");
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(51);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertPrintReady(sheet, 8, 3, 3, true);
        }
    }
}
