package org.partyregistry.brand.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.platform.PrintChecks.assertPrintReady;
import static org.partyregistry.platform.PrintChecks.open;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.Messages;

class BrandWorkbookTest {

    @Test
    void monthsOrganizationsAndEnterprisesEachOnAPrintReadySheet() throws Exception {
        BrandReport report = new BrandReport(1L, "红色引擎", "园区党委", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), List.of(new BrandReport.Month("2026-01", 1, 2)),
                List.of(new BrandReport.OrganizationReached(2L, "甲支部", 1, 2),
                        new BrandReport.OrganizationReached(null, null, 0, 0)), 1,
                List.of(new BrandReport.EnterpriseReached(3L, "甲公司", "高新园")), 1, 2, 2);
        try (XSSFWorkbook book = open(BrandWorkbook.write(report, Messages.of(Messages.CHINESE)))) {
            XSSFSheet months = book.getSheetAt(0);
            assertThat(months.getRow(0).getCell(0).getStringCellValue()).contains("红色引擎");
            assertThat(months.getRow(4).getCell(0).getStringCellValue()).isEqualTo("2026-01");
            assertThat(months.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(months.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(2);
            XSSFSheet organizations = book.getSheetAt(1);
            assertThat(organizations.getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo(Messages.of(Messages.CHINESE).get("brand_report.otherOrganizations"));
            XSSFSheet enterprises = book.getSheetAt(2);
            assertThat(enterprises.getRow(4).getCell(1).getStringCellValue()).isEqualTo("高新园");
            assertPrintReady(months, 3, 3, 3, false);
            assertPrintReady(organizations, 3, 3, 3, false);
            assertPrintReady(enterprises, 2, 3, 3, false);
        }
    }
}
