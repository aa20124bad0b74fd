package org.partyregistry.dues.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.platform.PrintChecks.assertPrintReady;
import static org.partyregistry.platform.PrintChecks.open;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.Messages;

class DuesWorkbookTest {

    @Test
    void membersThenTotalsWithAmountsAsMoneyPrintedLandscape() throws Exception {
        DuesReport report = new DuesReport(1L, "甲支部", 2026, LocalDate.of(2026, 6, 30), new BigDecimal("120.00"),
                new BigDecimal("60.00"), new BigDecimal("60.00"), 1);
        DuesStatement statement = new DuesStatement(report, List.of(new DuesStatement.Line(7L, "张三", "甲支部", 6, 3,
                new BigDecimal("120.00"), new BigDecimal("60.00"), new BigDecimal("60.00"))));
        try (XSSFWorkbook book = open(DuesWorkbook.write(statement, Messages.of(Messages.CHINESE)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("甲支部").contains("2026");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("张三");
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(60.0);
            assertThat(sheet.getRow(4).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEmpty();
            assertPrintReady(sheet, 7, 3, 3, true);
        }
    }
}
