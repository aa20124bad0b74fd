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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.IdNumbers;

/**
 * The dues flow in headless Chromium: a secretary confirms the branch's amounts for the year (one member carried
 * over from last year, one entered on the page), records a payment of two months, and sees the arrears list shrink.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuesBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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
        ChromeOptions options = Chromium.options(1366, 900, profile);
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

    private long member(String name, long branch) {
        Api.Reply reply = api.post("/api/members", "{\"name\":" + q(name) + ",\"idNumber\":"
                + q(IdNumbers.unique(IdNumbers.randomBirth(), false)) + ",\"organizationId\":" + branch
                + ",\"probationaryOn\":\"2015-07-01\",\"fullOn\":\"2016-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    /** Keeps the page as a picture and as HTML, e.g. when a wait failed. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Chromium.screenshot(browser, name);
        Files.writeString(Path.of("target", "screenshots", name + ".html"), browser.getPageSource());
    }

    /** Waits for {@code condition}; on timeout keeps the page under {@code name} before failing. */
    static <T> T await(WebDriver browser, String name, java.util.function.Function<WebDriver, T> condition)
            throws IOException {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot(browser, name);
            throw e;
        }
    }

    @Test
    @DisplayName("Dues: confirm the year's amounts, record two months at once, the arrears list shrinks")
    void secretaryConfirmsPaysAndSeesArrearsShrink() throws IOException {
        long zone = organization("党费浏览器工委 " + tag, "WORKING_COMMITTEE", null);
        long branch = organization("党费浏览器支部 " + tag, "BRANCH", zone);
        String worker = "在职党员 " + tag;
        String student = "学生党员 " + tag;
        long workerId = member(worker, branch);
        member(student, branch);
        Api.Reply lastYear = api.put("/api/members/" + workerId + "/dues/" + (TODAY.getYear() - 1),
                "{\"category\":\"IN_SERVICE\",\"income\":5100}", ADMIN, ADMIN_PASSWORD);
        assertThat(lastYear.status()).as(lastYear.toString()).isEqualTo(200);
        String username = "dues-" + tag;
        Api.Reply account = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":\"Dues2026pw\","
                + "\"role\":\"BRANCH_SECRETARY\",\"organizationId\":" + branch + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(account.status()).as(account.toString()).isEqualTo(201);

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn(username, "Dues2026pw");
        YearPage year = YearPage.fromOrganization(browser, api.base(), branch);
        assertThat(year.state(worker)).isEqualTo("沿用上年");
        assertThat(year.state(student)).isEqualTo("未录入");
        year.enter(student, "STUDENT", "0");
        year.propose();
        assertThat(year.proposed(worker)).isEqualTo("76.50");
        assertThat(year.proposed(student)).isEqualTo("0.20");
        year.confirmAll();
        assertThat(year.state(worker)).isEqualTo("已确定");
        assertThat(year.state(student)).isEqualTo("已确定");
        assertThat(year.monthly(worker)).isEqualTo("76.50");
        screenshot("dues-year");

        ArrearsPage arrears = year.openArrears();
        assertThat(arrears.names()).containsExactlyInAnyOrder(worker, student);
        PaymentPage payment = arrears.open(worker);
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        payment.pay(List.of(last.minusMonths(1).toString(), last.toString()), "153.00");
        assertThat(payment.message()).isEqualTo("已登记2个月的党费，共 153.00 元");
        assertThat(payment.paidMonths()).containsExactly(last.minusMonths(1) + ", " + last);
        screenshot("dues-payment");

        arrears = ArrearsPage.open(browser, api.base(), branch);
        assertThat(arrears.names()).containsExactly(student);
        screenshot("dues-arrears");
    }

    /** A branch's dues year. */
    static final class YearPage {
        private final WebDriver browser;

        YearPage(WebDriver browser) {
            this.browser = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("year.xhtml"));
        }

        static YearPage fromOrganization(WebDriver browser, String base, long organizationId) {
            browser.get(base + "/organization/detail.xhtml?id=" + organizationId);
            browser.findElement(By.id("detail:duesYear")).click();
            return new YearPage(browser);
        }

        private WebElement row(String name) {
            return browser.findElements(By.cssSelector("#year\\:sheet_data tr")).stream()
                    .filter(r -> !r.findElements(By.linkText(name)).isEmpty()).findFirst().orElseThrow();
        }

        String state(String name) {
            return row(name).findElement(By.cssSelector("[id$=':state']")).getText().strip();
        }

        String proposed(String name) {
            return row(name).findElement(By.cssSelector("[id$=':proposed']")).getText().strip();
        }

        String monthly(String name) {
            return row(name).findElement(By.cssSelector("[id$=':monthly']")).getText().strip();
        }

        void enter(String name, String category, String income) {
            WebElement row = row(name);
            new Select(row.findElement(By.tagName("select"))).selectByValue(category);
            WebElement input = row.findElement(By.cssSelector("input[id$='income_input']"));
            input.clear();
            input.sendKeys(income);
        }

        private void submit(String button, String expectedState) throws IOException {
            browser.findElement(By.id(button)).click();
            await(browser, "dues-year-" + expectedState.length() + "-failed", driver -> driver
                    .findElements(By.cssSelector("#year\\:sheet_data [id$=':state']")).stream()
                    .allMatch(e -> expectedState.equals(e.getText().strip())));
        }

        void propose() throws IOException {
            submit("year:propose", "已测算");
        }

        void confirmAll() throws IOException {
            submit("year:confirmAll", "已确定");
        }

        ArrearsPage openArrears() {
            browser.findElement(By.id("year:arrears")).click();
            return new ArrearsPage(browser);
        }
    }

    /** Members behind with dues. */
    static final class ArrearsPage {
        private final WebDriver browser;

        ArrearsPage(WebDriver browser) {
            this.browser = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("arrears.xhtml"));
        }

        static ArrearsPage open(WebDriver browser, String base, long organizationId) {
            browser.get(base + "/dues/arrears.xhtml?organization=" + organizationId);
            return new ArrearsPage(browser);
        }

        List<String> names() {
            return browser.findElements(By.cssSelector("#arrears\\:arrearsTable_data a")).stream()
                    .map(e -> e.getText().strip()).toList();
        }

        PaymentPage open(String name) {
            browser.findElement(By.linkText(name)).click();
            return new PaymentPage(browser);
        }
    }

    /** Recording a member's payment. */
    static final class PaymentPage {
        private final WebDriver browser;

        PaymentPage(WebDriver browser) {
            this.browser = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("pay.xhtml"));
        }

        void pay(List<String> months, String amount) throws IOException {
            for (String month : months) {
                browser.findElement(By.xpath("//*[@id='payment:months']//label[normalize-space()='" + month + "']"))
                        .click();
            }
            WebElement input = browser.findElement(By.id("payment:amount_input"));
            input.clear();
            input.sendKeys(amount);
            browser.findElement(By.id("payment:record")).click();
            await(browser, "dues-payment-failed", ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info-summary"))::apply);
        }

        String message() {
            return browser.findElement(By.cssSelector("#messages .ui-messages-info-summary")).getText().strip();
        }

        List<String> paidMonths() {
            return browser.findElements(By.cssSelector("#payment\\:payments_data tr")).stream()
                    .map(r -> r.findElements(By.tagName("td")))
                    .filter(cells -> cells.size() > 1)
                    .map(cells -> cells.get(1).getText().strip()).toList();
        }
    }
}
