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
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.Workbooks;

/** The member import flow in headless Chromium: a secretary imports a roster, fixes a bad row, finds the members. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberBrowserIT {

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
    Path files;

    @BeforeEach
    void start() throws IOException {
        api = new Api(url);
        tag = UUID.randomUUID().toString().substring(0, 8);
        profile = Files.createTempDirectory("chromium-profile");
        files = Files.createTempDirectory("workbooks");
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
                + "\",\"parentId\":" + parentId + ",\"establishedOn\":\"2019-05-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    private Path workbook(String name, List<Workbooks.Member> members) throws IOException {
        Path file = files.resolve(name + ".xlsx");
        Files.write(file, Workbooks.roster("党员名册", members));
        return file;
    }

    @Test
    @DisplayName("Import: a bad row yields the error report and nothing; fixed, all rows go in and show in the roster")
    void secretaryImportsARoster() throws IOException {
        long zone = organization("导入测试工委 " + tag, "WORKING_COMMITTEE", null);
        long branch = organization("导入测试支部 " + tag, "BRANCH", zone);
        String username = "import-" + tag;
        Api.Reply account = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":\"Import2026pw\","
                + "\"role\":\"BRANCH_SECRETARY\",\"organizationId\":" + branch + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(account.status()).isEqualTo(201);
        LocalDate birth = LocalDate.of(1988, 6, 1);
        String first = IdNumbers.unique(birth, true);
        String second = IdNumbers.unique(birth, false);
        String third = IdNumbers.unique(birth, true);
        Workbooks.Member a = new Workbooks.Member("示例党员甲 " + tag, first, LocalDate.of(2018, 5, 1),
                LocalDate.of(2019, 5, 1));
        Workbooks.Member c = new Workbooks.Member("示例党员丙 " + tag, third, LocalDate.of(2024, 7, 1), null);

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn(username, "Import2026pw");
        RosterPage roster = RosterPage.fromOrganization(browser, api.base(), branch);
        ImportPage importing = roster.openImport();

        importing.upload(workbook("bad", List.of(a, new Workbooks.Member("示例党员乙 " + tag,
                IdNumbers.withWrongCheck(second), LocalDate.of(2020, 1, 1), null), c)));
        assertThat(importing.failure()).contains("1");
        assertThat(importing.errorRows()).containsExactly("4 身份证号码 身份证号码校验码不正确，请核对");
        assertThat(browser.findElements(By.id("import:errorReport"))).hasSize(1);
        screenshot("member-import-errors");
        assertThat(api.get("/api/members?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).object().getInt("total"))
                .as("nothing imported").isZero();

        importing.upload(workbook("fixed", List.of(a, new Workbooks.Member("示例党员乙 " + tag, second,
                LocalDate.of(2020, 1, 1), null), c)));
        assertThat(importing.success()).isEqualTo("已导入 3 名党员");
        roster = importing.openRoster();
        assertThat(roster.names()).containsExactly("示例党员丙 " + tag, "示例党员乙 " + tag, "示例党员甲 " + tag);
        screenshot("member-roster");

        MemberPage member = roster.open("示例党员甲 " + tag);
        assertThat(member.stage()).isEqualTo("正式党员");
        assertThat(member.idNumber()).isEqualTo(first.substring(0, 6) + "********" + first.substring(14));
        assertThat(member.timeline()).contains("转为正式党员", "接收为预备党员");
    }

    @Test
    @DisplayName("Member page: staff reveal the ID number (audited), a secretary suspends through the form")
    void revealAndSuspend() throws IOException {
        long zone = organization("动作测试工委 " + tag, "WORKING_COMMITTEE", null);
        long branch = organization("动作测试支部 " + tag, "BRANCH", zone);
        String id = IdNumbers.unique(LocalDate.of(1979, 4, 2), false);
        Api.Reply created = api.post("/api/members", "{\"name\":" + q("示例党员辛 " + tag) + ",\"idNumber\":\"" + id
                + "\",\"organizationId\":" + branch + ",\"probationaryOn\":\"2010-05-01\",\"fullOn\":\"2011-05-01\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        api.post("/api/users", "{\"username\":\"staff-" + tag + "\",\"password\":\"Staff2026pwx\","
                + "\"role\":\"COMMITTEE_STAFF\"}", ADMIN, ADMIN_PASSWORD);
        api.post("/api/users", "{\"username\":\"sec-" + tag + "\",\"password\":\"Secret2026pw\","
                + "\"role\":\"BRANCH_SECRETARY\",\"organizationId\":" + branch + "}", ADMIN, ADMIN_PASSWORD);

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn("staff-" + tag, "Staff2026pwx");
        MemberPage member = MemberPage.open(browser, api.base(), created.id());
        assertThat(member.idNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        member.reveal();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> member.idNumber().equals(id));
        assertThat(api.get("/api/audit?entityType=Member&action=REVEAL&entityId=" + created.id(), ADMIN,
                ADMIN_PASSWORD).array()).hasSize(1);
        browser.findElement(By.id("nav:logout")).click();

        OrganizationBrowserIT.LoginPage.open(browser, api.base()).signIn("sec-" + tag, "Secret2026pw");
        MemberPage asSecretary = MemberPage.open(browser, api.base(), created.id());
        assertThat(browser.findElements(By.id("detail:reveal"))).as("secretaries cannot reveal").isEmpty();
        asSecretary.suspend();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("detail:status"),
                "停止党籍（失联）"));
        assertThat(asSecretary.timeline()).contains("停止党籍（失联）");
        screenshot("member-suspended");
        assertThat(api.get("/api/members/" + created.id(), ADMIN, ADMIN_PASSWORD).object().getString("status"))
                .isEqualTo("SUSPENDED");
    }

    /** An organization's roster. */
    static final class RosterPage {
        private final WebDriver browser;

        RosterPage(WebDriver browser) {
            this.browser = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("roster.xhtml"));
        }

        static RosterPage fromOrganization(WebDriver browser, String base, long organizationId) {
            browser.get(base + "/organization/detail.xhtml?id=" + organizationId);
            browser.findElement(By.id("detail:roster")).click();
            return new RosterPage(browser);
        }

        ImportPage openImport() {
            browser.findElement(By.id("roster:import")).click();
            return new ImportPage(browser);
        }

        List<String> names() {
            return browser.findElements(By.cssSelector("#roster\\:members_data a")).stream()
                    .map(e -> e.getText().strip()).toList();
        }

        MemberPage open(String name) {
            browser.findElement(By.linkText(name)).click();
            return new MemberPage(browser);
        }
    }

    /** The roster import page. */
    static final class ImportPage {
        private final WebDriver browser;

        ImportPage(WebDriver browser) {
            this.browser = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("import.xhtml"));
        }

        void upload(Path file) {
            var before = browser.findElements(By.cssSelector("#import\\:result > *"));
            browser.findElement(By.cssSelector("#import\\:upload input[type=file]")).sendKeys(file.toString());
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
                var now = driver.findElements(By.cssSelector("#import\\:result > *"));
                return !now.isEmpty() && (before.isEmpty() || !now.get(0).equals(before.get(0)));
            });
        }

        String failure() {
            return browser.findElement(By.id("import:failed")).getText();
        }

        List<String> errorRows() {
            return browser.findElements(By.cssSelector("#import\\:errors_data tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip())
                            .reduce((x, y) -> x + " " + y).orElse(""))
                    .toList();
        }

        String success() {
            return new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.id("import:imported"))).getText();
        }

        RosterPage openRoster() {
            browser.findElement(By.id("import:toRoster")).click();
            return new RosterPage(browser);
        }
    }

    /** A member's page. */
    static final class MemberPage {
        private final WebDriver browser;

        MemberPage(WebDriver browser) {
            this.browser = browser;
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("detail.xhtml"));
        }

        static MemberPage open(WebDriver browser, String base, long id) {
            browser.get(base + "/member/detail.xhtml?id=" + id);
            return new MemberPage(browser);
        }

        void reveal() {
            browser.findElement(By.id("detail:reveal")).click();
        }

        void suspend() {
            browser.findElement(By.id("detail:openSuspend")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("suspend:confirm"))).click();
        }

        String stage() {
            return browser.findElement(By.id("detail:stage")).getText();
        }

        String idNumber() {
            return browser.findElement(By.id("detail:idNumber")).getText();
        }

        List<String> timeline() {
            return browser.findElements(By.cssSelector("#timeline_data td")).stream().map(td -> td.getText().strip())
                    .toList();
        }
    }
}
