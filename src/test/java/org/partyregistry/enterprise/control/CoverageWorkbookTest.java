package org.partyregistry.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.platform.PrintChecks.assertPrintReady;
import static org.partyregistry.platform.PrintChecks.open;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partyregistry.enterprise.control.CoverageBase;
import org.partyregistry.platform.Messages;

class CoverageWorkbookTest {

    @Test
    void parksThenTotalInNineColumnsPrintedLandscapeOnOnePageWide() throws Exception {
        CoverageCounts park = CoverageCounts.of(1L, "高新园", 2, 1, 1, 1);
        CoverageReport report = new CoverageReport(LocalDate.of(2026, 1, 1), CoverageBase.ALL, List.of(park),
                CoverageCounts.of(null, null, 2, 1, 1, 1), List.of());
        try (XSSFWorkbook book = open(CoverageWorkbook.write(report, Messages.of(Messages.CHINESE)))) {
            XSSFSheet sheet = book.getSheet("覆盖情况");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("党的组织和工作覆盖情况");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("2026-01-01");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isNotBlank();
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("高新园");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue())
                    .isEqualTo(park.organizationCoverageRate().doubleValue());
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertPrintReady(sheet, 9, 3, 3, true);
        }
    }
}
