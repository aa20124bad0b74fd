package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Chromium;
import org.partyregistry.it.support.Downloads;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.pages.CoveragePage;
import org.partyregistry.it.support.pages.EnterpriseListPage;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.platform.PrintChecks;

/** Committee staff review coverage in Chromium: change the date, drill into a number, export the workbook. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageBrowserIT {

    @RegisterExtension
    static final Chromium CHROMIUM = Chromium.desktop(1366, 1000).withDownloads();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    String tag;
    WebDriver browser;
    Downloads downloads;

    @BeforeEach
    void start() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
    }

    private void seed() {
        long park = fixtures.park("浏览器园区");
        for (int i = 0; i < 3; i++) {
            fixtures.enterprise(park, "浏览器企业" + i).industry("电子商务").employees(9)
                    .foundedOn(LocalDate.of(2015 + i * 5, 1, 1)).create();
        }
        fixtures.staff("cov-" + tag, "Staff2026cov");
    }

    private int total(LocalDate asOf, String field) {
        return total(asOf, "ALL", field);
    }

    private int total(LocalDate asOf, String base, String field) {
        JsonObject report = api.get("/api/reports/coverage?asOf=" + asOf + "&base=" + base, ADMIN, ADMIN_PASSWORD)
                .object();
        return report.getJsonObject("total").getInt(field);
    }

    @Test
    @DisplayName("Open the report, change the date, drill down into a number, export and read the workbook back")
    void reviewCoverage() throws IOException {
        seed();
        CoveragePage coverage = LoginPage.open(browser, api.base()).loginAs("cov-" + tag, "Staff2026cov")
                .openCoverage();

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(coverage.totalEnterprises()).isEqualTo(String.valueOf(total(today, "enterprises")));

        coverage.chooseBase("正式党员3人以上企业")
                .awaitTotalEnterprises(String.valueOf(total(today, "ELIGIBLE", "enterprises")));
        assertThat(total(today, "ELIGIBLE", "enterprises")).as("the seeded enterprises have no members")
                .isLessThan(total(today, "enterprises"));
        coverage.chooseBase("全部在营企业").awaitTotalEnterprises(String.valueOf(total(today, "enterprises")));

        LocalDate earlier = LocalDate.of(2021, 6, 30);
        coverage.changeDate(earlier);
        String expected = String.valueOf(total(earlier, "enterprises"));
        coverage.awaitTotalEnterprises(expected);
        assertThat(total(earlier, "enterprises")).as("the seeded 2025 enterprise is not there yet")
                .isLessThan(total(today, "enterprises"));
        Chromium.screenshot(browser, "coverage-report");

        coverage.export();
        Path workbook = downloads.await(".xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(earlier.toString());
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) totals.getCell(1).getNumericCellValue()).isEqualTo(Long.parseLong(expected));
            assertThat((long) totals.getCell(5).getNumericCellValue()).isEqualTo(total(earlier, "none"));
            PrintChecks.assertPrintReady(sheet, 9, 3, 3, true);
        }

        String count = coverage.total("NONE");
        EnterpriseListPage enterprises = coverage.drillIntoTotal("NONE");
        assertThat(enterprises.url()).contains("coverage=NONE").contains("asOf=" + earlier);
        assertThat(enterprises.paginator()).startsWith(count + " ");
        assertThat(enterprises.withCoverage("NONE")).isNotEmpty();
    }
}
