package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.partyregistry.it.support.pages.ActivityEntryPage;
import org.partyregistry.it.support.pages.BrandPage;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.platform.PrintChecks;

/** A secretary records an activity under a brand from the brand's page, sees its count grow and exports its record. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandBrowserIT {

    private static final LocalDate ESTABLISHED = LocalDate.of(2010, 1, 1);

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

    @Test
    @DisplayName("B5, B6: record a brand activity from the brand page; its count, attendance and workbook follow")
    void recordUnderABrand() throws IOException {
        long zone = fixtures.organization("品牌浏览工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("品牌浏览支部", "BRANCH", zone, ESTABLISHED);
        for (String name : List.of("甲", "乙")) {
            fixtures.member("示例党员" + name, branch).born(LocalDate.of(1985, 3, 1), true).full().create();
        }
        String brandName = fixtures.tagged("浏览品牌");
        long brand = fixtures.brand("浏览品牌", "打造党建和发展共同体", zone, LocalDate.of(2019, 5, 20));
        String username = "brand-" + tag;
        fixtures.secretary(username, "Brand2026pwx", branch);

        LoginPage.open(browser, api.base()).loginAs(username, "Brand2026pwx");
        BrandPage page = BrandPage.open(browser, api.base(), brand);
        assertThat(page.slogan()).isEqualTo("打造党建和发展共同体");
        assertThat(page.activityCount()).isEqualTo("0");
        assertThat(page.periodActivities()).isEqualTo("0");
        assertThat(page.offersLogoChange()).as("a secretary does not change the zone's brand").isFalse();

        ActivityEntryPage entry = page.recordActivity();
        assertThat(entry.brand()).startsWith(brandName);
        assertThat(entry.members()).hasSize(2);
        entry.save();

        page = BrandPage.open(browser, api.base(), brand);
        assertThat(page.activityCount()).isEqualTo("1");
        assertThat(page.periodActivities()).isEqualTo("1");
        assertThat(page.periodPresent()).isEqualTo("2");
        assertThat(page.organizationsReached()).isEqualTo("1");
        assertThat(page.reportOrganizations()).contains("品牌浏览支部 " + tag);
        assertThat(page.chartCanvases()).hasSize(1);
        Chromium.screenshot(browser, "brand-detail");

        page.exportReport();
        Path workbook = downloads.await(".xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet months = book.getSheetAt(0);
            assertThat(months.getRow(0).getCell(0).getStringCellValue()).contains(brandName);
            assertThat(months.getRow(1).getCell(0).getStringCellValue()).contains("单位");
            Row total = months.getRow(months.getLastRowNum() - 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(2);
            PrintChecks.assertPrintReady(months, 3, 3, 3, false);
        }
    }
}
