package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.Api.q;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.IdNumbers;

/** Fast entry of a meeting on a phone-sized window, then the list and the compliance report showing it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    String tag;
    WebDriver browser;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        api = new Api(url);
        tag = UUID.randomUUID().toString().substring(0, 8);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = Chromium.options(390, 844, profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true)));
        browser = Chromium.start(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long organization(String name, String type, Long parentId) {
        Api.Reply reply = api.post("/api/organizations", "{\"name\":" + q(name) + ",\"type\":\"" + type
                + "\",\"parentId\":" + parentId + ",\"establishedOn\":\"2010-05-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private void member(String name, long organizationId) {
        Api.Reply reply = api.post("/api/members", "{\"name\":" + q(name) + ",\"idNumber\":"
                + q(IdNumbers.unique(LocalDate.of(1985, 3, 1), false)) + ",\"organizationId\":" + organizationId
                + ",\"probationaryOn\":\"2015-07-01\",\"fullOn\":\"2016-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    @Test
    @DisplayName("ACT4: on a phone a secretary marks 2 of 4 absent and saves; the list shows the meeting invalid and "
            + "the compliance report counts it held, not valid")
    void fastEntryOnAPhone() throws IOException {
        long zone = organization("活动测试工委 " + tag, "WORKING_COMMITTEE", null);
        long branch = organization("活动测试支部 " + tag, "BRANCH", zone);
        for (String name : List.of("甲", "乙", "丙", "丁")) {
            member("示例党员" + name + " " + tag, branch);
        }
        String username = "entry-" + tag;
        Api.Reply account = api.post("/api/users", "{\"username\":" + q(username)
                + ",\"password\":\"Entry2026pwx\",\"role\":\"BRANCH_SECRETARY\",\"organizationId\":" + branch + "}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(account.status()).as(account.toString()).isEqualTo(201);

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn(username, "Entry2026pwx");
        EntryPage entry = EntryPage.open(browser, api.base());
        assertThat(entry.organizationName()).isEqualTo("活动测试支部 " + tag);
        assertThat(entry.members()).hasSize(4);
        assertThat(entry.presentCount()).as("everyone starts present").isEqualTo("4");
        entry.type("支部党员大会");
        entry.markAbsent(0);
        entry.markAbsent(1);
        assertThat(entry.presentCount()).isEqualTo("2");
        screenshot("activity-fast-entry-phone");
        ListPage list = entry.save();

        assertThat(list.rows()).hasSize(1);
        assertThat(list.rows().get(0).getText()).contains("支部党员大会").contains("无效").contains("未超过半数");
        screenshot("activity-list-phone");

        CompliancePage compliance = list.openCompliance();
        assertThat(compliance.held("BRANCH_GENERAL_MEETING")).isEqualTo("1");
        assertThat(compliance.valid("BRANCH_GENERAL_MEETING")).isEqualTo("0");
        screenshot("activity-compliance-phone");
    }

    /** The fast-entry page. */
    static final class EntryPage {
        private final WebDriver browser;

        private EntryPage(WebDriver browser) {
            this.browser = browser;
        }

        static EntryPage open(WebDriver browser, String base) {
            browser.get(base + "/activity/record.xhtml");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
            return new EntryPage(browser);
        }

        String organizationName() {
            return browser.findElement(By.id("organizationName")).getText();
        }

        List<WebElement> members() {
            return browser.findElements(By.cssSelector(".attendance-line"));
        }

        String presentCount() {
            return browser.findElement(By.id("presentCount")).getText().strip();
        }

        void type(String label) {
            browser.findElement(By.id("entry:type")).click();
            WebElement item = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
                    .elementToBeClickable(By.cssSelector("#entry\\:type_items li[data-label='" + label + "']")));
            item.click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
                    .textToBe(By.id("entry:type_label"), label));
        }

        void markAbsent(int line) {
            String before = presentCount();
            List<WebElement> options = browser.findElements(By.cssSelector(
                    "[id='entry:lines:" + line + ":mark'] .ui-button"));
            options.get(2).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !presentCount().equals(before));
        }

        ListPage save() {
            browser.findElement(By.id("entry:save")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("list.xhtml"));
            return new ListPage(browser);
        }
    }

    /** The activity list of an organization. */
    static final class ListPage {
        private final WebDriver browser;

        ListPage(WebDriver browser) {
            this.browser = browser;
        }

        List<WebElement> rows() {
            return browser.findElements(By.cssSelector("#activities\\:table tr.activity-row"));
        }

        CompliancePage openCompliance() {
            browser.findElement(By.id("activities:compliance")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("complianceTable")));
            return new CompliancePage(browser);
        }
    }

    /** The compliance report page. */
    static final class CompliancePage {
        private final WebDriver browser;

        CompliancePage(WebDriver browser) {
            this.browser = browser;
        }

        String held(String type) {
            return browser.findElement(By.cssSelector("tr.compliance-" + type + " td.held")).getText().strip();
        }

        String valid(String type) {
            return browser.findElement(By.cssSelector("tr.compliance-" + type + " td.valid")).getText().strip();
        }
    }
}
