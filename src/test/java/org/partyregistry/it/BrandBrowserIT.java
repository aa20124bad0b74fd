package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.Api.q;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.IdNumbers;

/** A secretary records an activity under a brand from the brand's page, sees its count grow and exports its record. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    String tag;
    WebDriver browser;
    Path downloads;

    @BeforeEach
    void start() throws IOException {
        api = new Api(url);
        tag = UUID.randomUUID().toString().substring(0, 8);
        downloads = Files.createTempDirectory("downloads");
        ChromeOptions options = Chromium.options(1366, 1000, Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriver chrome = Chromium.start(options);
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString(), "eventsEnabled", true));
        browser = chrome;
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long post(String path, String json) {
        Api.Reply reply = api.post(path, json, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    @Test
    @DisplayName("B5, B6: record a brand activity from the brand page; its count, attendance and workbook follow")
    void recordUnderABrand() throws IOException {
        long zone = post("/api/organizations", "{\"name\":" + q("品牌浏览工委 " + tag)
                + ",\"type\":\"WORKING_COMMITTEE\",\"parentId\":null,\"establishedOn\":\"2010-01-01\"}");
        long branch = post("/api/organizations", "{\"name\":" + q("品牌浏览支部 " + tag) + ",\"type\":\"BRANCH\","
                + "\"parentId\":" + zone + ",\"establishedOn\":\"2010-01-01\"}");
        for (String name : List.of("甲", "乙")) {
            post("/api/members", "{\"name\":" + q("示例党员" + name + " " + tag) + ",\"idNumber\":"
                    + q(IdNumbers.unique(LocalDate.of(1985, 3, 1), true)) + ",\"organizationId\":" + branch
                    + ",\"probationaryOn\":\"2015-07-01\",\"fullOn\":\"2016-07-01\"}");
        }
        String brandName = "浏览品牌 " + tag;
        long brand = post("/api/brands", "{\"name\":" + q(brandName) + ",\"slogan\":\"打造党建和发展共同体\","
                + "\"organizationId\":" + zone + ",\"foundedOn\":\"2019-05-20\"}");
        String username = "brand-" + tag;
        post("/api/users", "{\"username\":" + q(username) + ",\"password\":\"Brand2026pwx\","
                + "\"role\":\"BRANCH_SECRETARY\",\"organizationId\":" + branch + "}");

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn(username, "Brand2026pwx");
        browser.get(api.base() + "/brand/detail.xhtml?id=" + brand);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("activityCount")));
        assertThat(text("slogan")).isEqualTo("打造党建和发展共同体");
        assertThat(text("activityCount")).isEqualTo("0");
        assertThat(text("periodActivities")).isEqualTo("0");
        assertThat(browser.findElements(By.id("logoForm"))).as("a secretary does not change the zone's brand")
                .isEmpty();

        browser.findElement(By.id("recordActivity")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
        assertThat(text("entry:brand_label")).startsWith(brandName);
        assertThat(browser.findElements(By.cssSelector(".attendance-line"))).hasSize(2);
        browser.findElement(By.id("entry:save")).click();
        waiting().until(ExpectedConditions.urlContains("list.xhtml"));

        browser.get(api.base() + "/brand/detail.xhtml?id=" + brand);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("activityCount")));
        assertThat(text("activityCount")).isEqualTo("1");
        assertThat(text("periodActivities")).isEqualTo("1");
        assertThat(text("periodPresent")).isEqualTo("2");
        assertThat(text("organizationsReached")).isEqualTo("1");
        assertThat(browser.findElement(By.id("report:organizations")).getText()).contains("品牌浏览支部 " + tag);
        assertThat(browser.findElements(By.cssSelector("#report\\:chart canvas"))).hasSize(1);
        Chromium.screenshot(browser, "brand-detail");

        browser.findElement(By.id("report:export")).click();
        Path workbook = waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet months = book.getSheetAt(0);
            assertThat(months.getRow(0).getCell(0).getStringCellValue()).contains(brandName);
            assertThat(months.getRow(1).getCell(0).getStringCellValue()).contains("单位");
            Row total = months.getRow(months.getLastRowNum() - 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(2);
        }
    }
}
