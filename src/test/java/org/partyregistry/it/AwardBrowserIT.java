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
import java.util.Base64;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.IdNumbers;

/**
 * A medal round end to end in headless Chromium: the branch secretary confirms an old member of their branch and
 * excludes another with a reason, committee staff approve and award on the ceremony date, and the certificate the
 * page links to opens as a PDF whose Chinese text PDFBox reads back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    String tag;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        api = new Api(url);
        tag = UUID.randomUUID().toString().substring(0, 8);
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = Chromium.options(1366, 900, profile);
        browser = Chromium.start(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long organization(String name, String type, Long parentId) {
        Api.Reply reply = api.post("/api/organizations", "{\"name\":" + q(name) + ",\"type\":\"" + type
                + "\",\"parentId\":" + parentId + ",\"establishedOn\":\"1960-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private long oldMember(String name, long branch, String admitted) {
        Api.Reply reply = api.post("/api/members", "{\"name\":" + q(name) + ",\"idNumber\":"
                + q(IdNumbers.unique(LocalDate.of(1946, 2, 3), true)) + ",\"organizationId\":" + branch
                + ",\"probationaryOn\":\"" + admitted + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private void user(String username, String role, Long organizationId) {
        Api.Reply reply = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":\"Medal2026pw\","
                + "\"role\":\"" + role + "\",\"organizationId\":" + organizationId + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("Medal round: secretary confirms and excludes, staff approve and award, the certificate PDF reads")
    void medalRoundEndToEnd() throws IOException {
        long zone = organization("勋章浏览器工委 " + tag, "WORKING_COMMITTEE", null);
        long branch = organization("勋章浏览器支部 " + tag, "BRANCH", zone);
        String awardee = "示例老党员甲 " + tag;
        String excluded = "示例老党员乙 " + tag;
        long awardeeId = oldMember(awardee, branch, "1975-10-01");
        oldMember(excluded, branch, "1976-07-01");
        user("medal-sec-" + tag, "BRANCH_SECRETARY", branch);
        user("medal-staff-" + tag, "COMMITTEE_STAFF", null);

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn("medal-sec-" + tag, "Medal2026pw");
        RoundPage round = RoundPage.open(browser, api.base(), 2026);
        assertThat(round.years(awardee)).isEqualTo("50");
        assertThat(round.years(excluded)).isEqualTo("50");
        assertThat(round.state(awardee)).isEqualTo("待确认");
        assertThat(round.hasButton(awardee, "approve")).as("secretaries do not approve").isFalse();
        round.click(awardee, "confirm", "支部已确认");
        round.exclude(excluded, "本人申请暂缓参加");
        assertThat(round.state(excluded)).isEqualTo("已排除");
        Chromium.screenshot(browser, "medal-round-secretary");
        browser.findElement(By.id("nav:logout")).click();

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn("medal-staff-" + tag, "Medal2026pw");
        round = RoundPage.open(browser, api.base(), 2026);
        assertThat(round.hasButton(excluded, "approve")).as("an excluded candidate is not approved").isFalse();
        round.click(awardee, "approve", "已审批");
        assertThat(browser.findElement(By.id("round:ceremonyOn_input")).getAttribute("value"))
                .as("the ceremony date defaults to July 1 of the year").isEqualTo("2026-07-01");
        round.click(awardee, "award", "已颁发");
        Chromium.screenshot(browser, "medal-round-awarded");

        String href = round.row(awardee).findElement(By.cssSelector("a[id$=':certificate']")).getAttribute("href");
        assertThat(href).contains("member=" + awardeeId);
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.arrayBuffer() : null)
                  .then(b => { if (!b) { done(null); return; }
                    let s = ''; const a = new Uint8Array(b);
                    for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }
                    done(btoa(s)); })
                  .catch(() => done(null));""", href);
        assertThat(base64).as("the certificate link answers with a PDF").isNotNull();
        byte[] pdf = Base64.getDecoder().decode(base64);
        Files.write(Path.of("target", "screenshots", "medal-certificate.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("光荣在党50年", "纪念证书", awardee.replace(" ", "") + "同志", "1975年10月1日",
                    "党龄已满50年", "勋章浏览器工委" + tag, "2026年7月1日");
        }
        browser.get(api.base() + "/member/detail.xhtml?id=" + awardeeId);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("medalCertificate"))
                .isEmpty() || !d.findElements(By.cssSelector("[id$='medalCertificate']")).isEmpty());
        Chromium.screenshot(browser, "medal-member");
    }

    /** The medal round page of a year. */
    static final class RoundPage {
        private final WebDriver browser;

        private RoundPage(WebDriver browser) {
            this.browser = browser;
        }

        static RoundPage open(WebDriver browser, String base, int year) {
            browser.get(base + "/award/medal.xhtml?year=" + year);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.id("round:candidates")).isEmpty());
            return new RoundPage(browser);
        }

        WebElement row(String name) {
            return browser.findElements(By.cssSelector("#round\\:candidates_data tr")).stream()
                    .filter(r -> !r.findElements(By.linkText(name)).isEmpty()).findFirst().orElseThrow();
        }

        String state(String name) {
            return row(name).findElement(By.cssSelector("[id$=':state']")).getText().strip();
        }

        String years(String name) {
            return row(name).findElement(By.cssSelector("[id$=':years']")).getText().strip();
        }

        boolean hasButton(String name, String id) {
            return !row(name).findElements(By.cssSelector("[id$=':" + id + "']")).isEmpty();
        }

        void click(String name, String button, String expectedState) throws IOException {
            row(name).findElement(By.cssSelector("button[id$=':" + button + "']")).click();
            awaitState(name, expectedState, "medal-" + button + "-failed");
        }

        void exclude(String name, String reason) throws IOException {
            WebElement input = row(name).findElement(By.cssSelector("input[id$=':reason']"));
            input.sendKeys(reason);
            row(name).findElement(By.cssSelector("button[id$=':exclude']")).click();
            awaitState(name, "已排除", "medal-exclude-failed");
        }

        private void awaitState(String name, String expected, String screenshot) throws IOException {
            try {
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
                    try {
                        return expected.equals(state(name));
                    } catch (org.openqa.selenium.StaleElementReferenceException
                             | java.util.NoSuchElementException e) {
                        return false;
                    }
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                Chromium.screenshot(browser, screenshot);
                throw e;
            }
        }
    }
}
