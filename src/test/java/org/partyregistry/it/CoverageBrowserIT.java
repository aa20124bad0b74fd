package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.Api.q;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.CreditCodes;

/** Committee staff review coverage in Chromium: change the date, drill into a number, export the workbook. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageBrowserIT {

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
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void seed() {
        long park = api.post("/api/parks", "{\"name\":" + q("浏览器园区 " + tag) + "}", ADMIN, ADMIN_PASSWORD).id();
        for (int i = 0; i < 3; i++) {
            Api.Reply reply = api.post("/api/enterprises", "{\"name\":" + q("浏览器企业" + i + " " + tag)
                    + ",\"creditCode\":" + q(CreditCodes.fresh()) + ",\"parkId\":" + park
                    + ",\"industry\":\"电子商务\",\"employees\":9,\"foundedOn\":\"" + (2015 + i * 5) + "-01-01\"}",
                    ADMIN, ADMIN_PASSWORD);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        api.post("/api/users", "{\"username\":" + q("cov-" + tag) + ",\"password\":\"Staff2026cov\","
                + "\"role\":\"COMMITTEE_STAFF\"}", ADMIN, ADMIN_PASSWORD);
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
        browser.get(api.base() + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("cov-" + tag);
        browser.findElement(By.id("login:password")).sendKeys("Staff2026cov");
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.findElement(By.id("nav:coverage")).click();
        waiting().until(ExpectedConditions.urlContains("coverage.xhtml"));

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(browser.findElement(By.id("totalEnterprises")).getText())
                .isEqualTo(String.valueOf(total(today, "enterprises")));

        browser.findElement(By.xpath("//div[@id='coverage:base']//*[contains(text(),'正式党员3人以上企业')]")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("totalEnterprises"),
                String.valueOf(total(today, "ELIGIBLE", "enterprises"))));
        assertThat(total(today, "ELIGIBLE", "enterprises")).as("the seeded enterprises have no members")
                .isLessThan(total(today, "enterprises"));
        browser.findElement(By.xpath("//div[@id='coverage:base']//*[contains(text(),'全部在营企业')]")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("totalEnterprises"),
                String.valueOf(total(today, "enterprises"))));

        LocalDate earlier = LocalDate.of(2021, 6, 30);
        WebElement date = browser.findElement(By.id("coverage:asOf_input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), earlier.toString(), Keys.TAB);
        String expected = String.valueOf(total(earlier, "enterprises"));
        waiting().until(ExpectedConditions.textToBe(By.id("totalEnterprises"), expected));
        assertThat(total(earlier, "enterprises")).as("the seeded 2025 enterprise is not there yet")
                .isLessThan(total(today, "enterprises"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "screenshots", "coverage-report.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.id("coverage:export")).click();
        Path workbook = waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(earlier.toString());
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) totals.getCell(1).getNumericCellValue()).isEqualTo(Long.parseLong(expected));
            assertThat((long) totals.getCell(5).getNumericCellValue()).isEqualTo(total(earlier, "none"));
        }

        WebElement none = browser.findElement(By.cssSelector(".total-row a.drill-NONE"));
        String count = none.getText();
        none.click();
        waiting().until(ExpectedConditions.urlContains("enterprise/list.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("coverage=NONE").contains("asOf=" + earlier);
        assertThat(browser.findElement(By.cssSelector(".ui-paginator-current")).getText()).startsWith(count + " ");
        assertThat(browser.findElements(By.cssSelector("#enterprises\\:table .coverage-NONE"))).isNotEmpty();
    }
}
