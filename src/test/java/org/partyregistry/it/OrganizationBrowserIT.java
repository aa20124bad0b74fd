package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.Api.ADMIN;
import static org.partyregistry.it.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.Api.q;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The main flows in a real browser: Debian's Chromium, headless, driven by page objects with stable ids. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationBrowserIT {

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
                + "\",\"parentId\":" + parentId + ",\"establishedOn\":\"2019-05-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private void account(String username, String password, String role, Long organizationId) {
        Api.Reply reply = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":" + q(password)
                + ",\"role\":\"" + role + "\",\"organizationId\":" + organizationId + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    @Test
    @DisplayName("A secretary signs in, opens the tree, founds a group under their branch and sees it in the tree")
    void secretaryCreatesAGroup() throws IOException {
        long zone = organization("浏览器测试工委 " + tag, "WORKING_COMMITTEE", null);
        long committee = organization("浏览器测试党委 " + tag, "COMMITTEE", zone);
        long branch = organization("浏览器测试支部 " + tag, "BRANCH", committee);
        String username = "browser-" + tag;
        account(username, "Browser2026pw", "BRANCH_SECRETARY", branch);

        LoginPage login = LoginPage.open(browser, api.base());
        HomePage home = login.signIn(username, "Browser2026pw");
        TreePage tree = home.openTree();
        assertThat(tree.names()).contains("浏览器测试支部 " + tag).doesNotContain("浏览器测试党委 " + tag);

        EditPage edit = tree.addChildTo(branch);
        assertThat(edit.parentName()).isEqualTo("浏览器测试支部 " + tag);
        edit.name("第一党小组 " + tag);
        edit.save();
        assertThat(browser.findElement(By.cssSelector(".page-title")).getText()).isEqualTo("第一党小组 " + tag);

        tree = TreePage.open(browser, api.base());
        assertThat(tree.names()).contains("第一党小组 " + tag);
        screenshot("organization-tree-secretary");
        assertThat(api.get("/api/organizations/" + branch + "/children", ADMIN, ADMIN_PASSWORD).body())
                .contains("第一党小组 " + tag);
    }

    @Test
    @DisplayName("S5 five wrong passwords lock the account from this browser; the page says the same as for a wrong password or an unknown user")
    void fiveWrongPasswordsLockTheAccount() throws IOException {
        String username = "locked-" + tag;
        account(username, "Correct2026pw", "COMMITTEE_STAFF", null);
        LoginPage login = LoginPage.open(browser, api.base());
        login.attempt("nobody-" + tag, "wrong-0");
        String failed = login.error();
        assertThat(failed).startsWith("用户名或密码错误");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.attempt(username, "wrong-" + attempt);
            assertThat(login.error()).isEqualTo(failed);
        }
        login.attempt(username, "Correct2026pw");
        assertThat(login.error()).as("the right password is refused while locked, with the same message")
                .isEqualTo(failed);
        screenshot("login-locked");
    }

    @Test
    @DisplayName("Under the Content-Security-Policy PrimeFaces works: an Ajax dialog opens, updates, saves; no violation")
    void pagesWorkUnderTheContentSecurityPolicy() {
        String username = "csp-" + tag;
        account(username, "Csp2026pwxx", "ADMIN", null);
        contentSecurityPolicyScenario(browser, api.base(), username, "Csp2026pwxx", tag);
    }

    /** Signs in, creates an account in the users page's Ajax dialog, and checks the console for CSP violations. */
    static void contentSecurityPolicyScenario(WebDriver browser, String base, String username, String password,
                                              String tag) {
        LoginPage.open(browser, base).signIn(username, password);
        browser.get(base + "/admin/users.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("users:create"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username")))
                .sendKeys("csp-new-" + tag);
        browser.findElement(By.id("userForm:password")).sendKeys("CspNew2026pw");
        new Select(browser.findElement(By.id("userForm:role"))).selectByValue("COMMITTEE_STAFF");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("userForm:organization")));
        browser.findElement(By.id("userForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), "csp-new-" + tag));
        TreePage.open(browser, base);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tree\\:organizations")));
        assertThat(Chromium.policyViolations(browser)).isEmpty();
    }

    @Test
    @DisplayName("Staff see the whole zone's tree in Chinese and can switch the interface to English")
    void staffSeeTheTreeAndSwitchLanguage() throws IOException {
        long zone = organization("语言测试工委 " + tag, "WORKING_COMMITTEE", null);
        organization("语言测试党委 " + tag, "COMMITTEE", zone);
        String username = "staff-" + tag;
        account(username, "Staff2026pwx", "COMMITTEE_STAFF", null);
        TreePage tree = LoginPage.open(browser, api.base()).signIn(username, "Staff2026pwx").openTree();
        assertThat(tree.names()).contains("语言测试工委 " + tag, "语言测试党委 " + tag);
        assertThat(browser.findElement(By.cssSelector(".page-title")).getText()).isEqualTo("组织架构");
        browser.findElement(By.id("nav:lang")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector(".page-title"), "Organizations"));
        screenshot("organization-tree-english");
    }

    /** The sign-in page. */
    static final class LoginPage {
        private final WebDriver browser;

        private LoginPage(WebDriver browser) {
            this.browser = browser;
        }

        static LoginPage open(WebDriver browser, String base) {
            browser.get(base + "/login.xhtml");
            return new LoginPage(browser);
        }

        void attempt(String username, String password) {
            var user = browser.findElement(By.id("login:username"));
            user.clear();
            user.sendKeys(username);
            browser.findElement(By.id("login:password")).sendKeys(password);
            browser.findElement(By.id("login:submit")).click();
        }

        HomePage signIn(String username, String password) {
            attempt(username, password);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/index.xhtml"));
            return new HomePage(browser);
        }

        String error() {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error-summary")))
                    .getText();
        }
    }

    /** The home page, reached after signing in. */
    static final class HomePage {
        private final WebDriver browser;

        HomePage(WebDriver browser) {
            this.browser = browser;
        }

        TreePage openTree() {
            browser.findElement(By.id("nav:tree")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("tree.xhtml"));
            return new TreePage(browser);
        }
    }

    /** The organization tree. */
    static final class TreePage {
        private final WebDriver browser;

        TreePage(WebDriver browser) {
            this.browser = browser;
        }

        static TreePage open(WebDriver browser, String base) {
            browser.get(base + "/organization/tree.xhtml");
            return new TreePage(browser);
        }

        java.util.List<String> names() {
            return browser.findElements(By.cssSelector("#tree\\:organizations .org-link")).stream()
                    .map(e -> e.getText().strip()).toList();
        }

        EditPage addChildTo(long parentId) {
            browser.findElement(By.cssSelector("a.add-child[href*='parent=" + parentId + "']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("edit.xhtml"));
            return new EditPage(browser);
        }
    }

    /** The form that founds or edits an organization. */
    static final class EditPage {
        private final WebDriver browser;

        EditPage(WebDriver browser) {
            this.browser = browser;
        }

        String parentName() {
            return browser.findElement(By.id("parentName")).getText();
        }

        void name(String name) {
            var field = browser.findElement(By.id("edit:name"));
            field.clear();
            field.sendKeys(name);
        }

        void save() {
            browser.findElement(By.id("edit:save")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("detail.xhtml"));
        }
    }
}
