package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.platform.PrintChecks.assertPrintReady;
import static org.partyregistry.platform.PrintChecks.open;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.activity.entity.StudyAttendance;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.Messages;

/** The compliance, compliance-table and study-session workbooks: their layout and that they are print-ready. */
class ActivityWorkbooksTest {

    private static final Messages CHINESE = Messages.of(Messages.CHINESE);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Test
    void complianceWithItsGroupsTableBelow() throws Exception {
        ComplianceReport.Row row = ComplianceReport.Row.of(ActivityType.GROUP_MEETING, Frequency.MONTHLY, 12, 12, 12);
        ComplianceReport.GroupRow group = new ComplianceReport.GroupRow(2L, "第一党小组", Frequency.MONTHLY, 6, 6, 6, 0,
                null, null, null);
        ComplianceReport report = new ComplianceReport(1L, "甲支部", FROM, TO, List.of(row), List.of(group));
        try (XSSFWorkbook book = open(ComplianceWorkbook.write(report, CHINESE))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(CHINESE.get("compliance.sheet"));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("甲支部");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("党小组会");
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo(CHINESE.get("compliance.total"));
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo(CHINESE.get("compliance.groups"));
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo(CHINESE.get("compliance.group"));
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("第一党小组");
            assertPrintReady(sheet, 6, 3, 3, false);
        }
    }

    @Test
    void matrixHasATwoRowHeaderAndPrintsLandscape() throws Exception {
        Map<String, ComplianceMatrix.Cell> cells = Map.of(ActivityType.GROUP_MEETING.name(),
                new ComplianceMatrix.Cell(12, 6, 6, 6));
        ComplianceMatrix.Row row = new ComplianceMatrix.Row(1L, "甲支部", OrganizationType.BRANCH, null, 1, null, cells,
                12, 6, 6, new BigDecimal("0.5"));
        ComplianceMatrix.Total total = new ComplianceMatrix.Total(cells, 12, 6, 6, null, 1, 1);
        ComplianceMatrix matrix = new ComplianceMatrix(null, "园区党委", FROM, TO, FROM, TO, false,
                List.of(ActivityType.BRANCH_GENERAL_MEETING, ActivityType.GROUP_MEETING), List.of(row), total,
                List.of());
        try (XSSFWorkbook book = open(MatrixWorkbook.write(matrix, CHINESE))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue())
                    .isEqualTo(CHINESE.get("ActivityType.BRANCH_GENERAL_MEETING"));
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("党小组会");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo(CHINESE.get("compliance.required"));
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("  甲支部");
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(0);
            assertThat(sheet.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(5).getCell(11).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getRow(6).getCell(11).getStringCellValue()).as("no rate in the total").isEqualTo("-");
            assertPrintReady(sheet, 12, 3, 4, true);
        }
    }

    @Test
    void studySessionCompletionListThenAttendance() throws Exception {
        StudyAttendance.Member done = new StudyAttendance.Member(1L, "张三", 3, 0, 0, 0, BigDecimal.ONE, true);
        StudyAttendance.Member not = new StudyAttendance.Member(2L, "李四", 1, 0, 2, 0, new BigDecimal("0.333"),
                false);
        StudySessionService.AttendanceView view = new StudySessionService.AttendanceView(1L, 0, 1L, "甲支部",
                ActivityType.PARTY_LECTURE, "读书班", FROM, FROM.plusDays(2), 3, 80, List.of(), List.of(done, not), 1);
        try (XSSFWorkbook book = open(StudyWorkbook.write(view, CHINESE))) {
            XSSFSheet completion = book.getSheetAt(0);
            assertThat(completion.getSheetName()).isEqualTo(CHINESE.get("study.completionList"));
            assertThat(completion.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(completion.getRow(4).getCell(1).getStringCellValue()).isEqualTo("张三");
            assertThat(completion.getLastRowNum()).isEqualTo(5);
            XSSFSheet all = book.getSheetAt(1);
            assertThat(all.getRow(5).getCell(1).getStringCellValue()).isEqualTo("李四");
            assertThat(all.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(0.333);
            assertThat(all.getLastRowNum()).isEqualTo(4 + 2);
            assertPrintReady(completion, 7, 3, 3, false);
            assertPrintReady(all, 7, 3, 3, false);
        }
    }
}
