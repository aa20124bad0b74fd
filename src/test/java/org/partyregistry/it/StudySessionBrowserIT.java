package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.Api.q;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
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
 * A secretary records a three-day study session's attendance in the day x participant grid on a phone-sized
 * window, sees the rates and the completion list (ACT12, ACT13), and uploads a photo (ACT14).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudySessionBrowserIT {

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
                + q(IdNumbers.unique(LocalDate.of(1986, 4, 1), true)) + ",\"organizationId\":" + organizationId
                + ",\"probationaryOn\":\"2015-07-01\",\"fullOn\":\"2016-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("ACT12 ACT13 ACT14: a secretary fills the grid on a phone; 3 of 3 and 2 of 3 + excused: only 100% "
            + "completes at 80%; a photo uploads and shows")
    void gridCompletionAndPhoto() throws IOException {
        long zone = organization("读书班测试工委 " + tag, "WORKING_COMMITTEE", null);
        long branch = organization("读书班测试支部 " + tag, "BRANCH", zone);
        String full = "学员甲 " + tag;
        String partial = "学员乙 " + tag;
        for (String name : List.of(full, partial)) {
            member(name, branch);
        }
        String username = "study-" + tag;
        Api.Reply account = api.post("/api/users", "{\"username\":" + q(username)
                + ",\"password\":\"Study2026pwx\",\"role\":\"BRANCH_SECRETARY\",\"organizationId\":" + branch + "}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        Api.Reply session = api.post("/api/activities", "{\"organizationId\":" + branch + ",\"type\":\"STUDY_SESSION\","
                + "\"title\":\"党史学习教育专题读书班 " + tag + "\",\"heldOn\":\"" + TODAY.minusDays(4) + "\",\"endsOn\":\""
                + TODAY.minusDays(2) + "\",\"presentMemberIds\":[]}", username, "Study2026pwx");
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long id = session.id();

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn(username, "Study2026pwx");
        StudyPage page = StudyPage.open(browser, api.base(), id);
        assertThat(page.lines()).as("a new session starts with the branch's members").hasSize(2);
        assertThat(page.marks(full)).hasSize(3);
        page.mark(full, 0, "出席");
        page.mark(full, 1, "出席");
        page.mark(full, 2, "出席");
        page.mark(partial, 0, "出席");
        page.mark(partial, 1, "请假");
        page.mark(partial, 2, "出席");
        Chromium.screenshot(browser, "study-grid-phone");
        page.save();

        assertThat(page.completionList()).containsExactly(full);
        assertThat(browser.findElement(By.id("rates:rateTable")).getText()).contains("66.7%").contains("100%");
        assertThat(browser.findElement(By.id("completionRule")).getText()).contains("80%");
        var attendance = api.get("/api/activities/" + id + "/attendance", ADMIN, ADMIN_PASSWORD).object();
        assertThat(attendance.getInt("completedCount")).isEqualTo(1);

        Path photo = Files.createTempFile("activity-photo", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xC00000);
        ImageIO.write(image, "png", photo.toFile());
        browser.findElement(By.cssSelector("input[type='file'][id^='photos:upload']")).sendKeys(
                photo.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("img.photo-image")));
        WebElement shown = browser.findElement(By.cssSelector("img.photo-image"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth === 40", shown)));
        assertThat(api.get("/api/activities/" + id + "/photos", ADMIN, ADMIN_PASSWORD).array()).hasSize(1);
        Chromium.screenshot(browser, "study-completion-phone");
        Files.deleteIfExists(photo);

        // ACT10: the branch holds none of its required meetings last quarter, so the falling-behind view lists it
        browser.get(api.base() + "/report/behind.xhtml");
        WebElement behind = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("behind:table")));
        assertThat(behind.findElements(By.linkText("读书班测试支部 " + tag))).hasSize(1);
        Chromium.screenshot(browser, "behind-phone");
    }

    /** The study session page. */
    static final class StudyPage {
        private final WebDriver browser;

        private StudyPage(WebDriver browser) {
            this.browser = browser;
        }

        static StudyPage open(WebDriver browser, String base, long id) {
            browser.get(base + "/activity/study.xhtml?id=" + id);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("grid:save")));
            return new StudyPage(browser);
        }

        List<WebElement> lines() {
            return browser.findElements(By.cssSelector("tr.study-line"));
        }

        private WebElement line(String name) {
            return lines().stream().filter(l -> l.findElement(By.cssSelector(".study-name")).getText().strip()
                    .equals(name)).findFirst().orElseThrow();
        }

        List<WebElement> marks(String name) {
            return line(name).findElements(By.cssSelector("select.study-mark"));
        }

        void mark(String name, int day, String label) {
            new Select(marks(name).get(day)).selectByVisibleText(label);
        }

        void save() {
            WebElement before = browser.findElement(By.id("completionList"));
            browser.findElement(By.id("grid:save")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("completionList")));
        }

        List<String> completionList() {
            return browser.findElements(By.cssSelector("#completionList li.completed-member")).stream()
                    .map(e -> e.getText().strip()).toList();
        }
    }
}
