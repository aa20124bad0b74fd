package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Chromium;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.pages.Layout;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.OrganizationDetailPage;
import org.partyregistry.it.support.pages.OrganizationEditPage;
import org.partyregistry.it.support.pages.OrganizationTreePage;
import org.partyregistry.it.support.pages.TermsDuePage;
import org.partyregistry.it.support.pages.TermPage;

/** The main flows in a real browser: Debian's Chromium, headless, driven by page objects with stable ids. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationBrowserIT {

    private static final LocalDate ESTABLISHED = LocalDate.of(2019, 5, 1);

    @RegisterExtension
    static final Chromium CHROMIUM = Chromium.desktop(1366, 900);

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

    @BeforeEach
    void start() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    @Test
    @DisplayName("A secretary signs in, opens the tree, founds a group under their branch and sees it in the tree")
    void secretaryCreatesAGroup() throws IOException {
        long zone = fixtures.organization("浏览器测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long committee = fixtures.organization("浏览器测试党委", "COMMITTEE", zone, ESTABLISHED);
        long branch = fixtures.organization("浏览器测试支部", "BRANCH", committee, ESTABLISHED);
        String username = "browser-" + tag;
        fixtures.secretary(username, "Browser2026pw", branch);

        LoginPage login = LoginPage.open(browser, api.base());
        Layout home = login.loginAs(username, "Browser2026pw");
        OrganizationTreePage tree = home.openTree();
        assertThat(tree.names()).containsExactly("浏览器测试支部 " + tag);

        OrganizationEditPage edit = tree.addChildTo(branch);
        assertThat(edit.parentName()).isEqualTo("浏览器测试支部 " + tag);
        edit.name("第一党小组 " + tag);
        OrganizationDetailPage group = edit.save();
        assertThat(group.pageTitle()).isEqualTo("第一党小组 " + tag);

        tree = OrganizationTreePage.open(browser, api.base());
        assertThat(tree.names()).as("the branch opened, its group once")
                .containsExactly("浏览器测试支部 " + tag, "第一党小组 " + tag);
        screenshot("organization-tree-secretary");
        assertThat(api.get("/api/organizations/" + branch + "/children", ADMIN, ADMIN_PASSWORD).body())
                .contains("第一党小组 " + tag);
    }

    @Test
    @DisplayName("S5 five wrong passwords lock the account from this browser; the page says the same as for a wrong password or an unknown user")
    void fiveWrongPasswordsLockTheAccount() throws IOException {
        String username = "locked-" + tag;
        fixtures.staff(username, "Correct2026pw");
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
        fixtures.account(username, "Csp2026pwxx", "ADMIN", null);
        contentSecurityPolicyScenario(browser, api.base(), username, "Csp2026pwxx", tag);
    }

    /** Signs in, creates an account in the users page's Ajax dialog, and checks the console for CSP violations. */
    static void contentSecurityPolicyScenario(WebDriver browser, String base, String username, String password,
                                              String tag) {
        LoginPage.open(browser, base).loginAs(username, password);
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
        OrganizationTreePage.open(browser, base);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tree\\:organizations")));
        assertThat(Chromium.policyViolations(browser)).isEmpty();
    }

    @Test
    @DisplayName("O16 a term in office with 3 seats and no holders recorded: the term page and the terms say so, with the way to record the committee, until it is recorded")
    void committeeNotRecordedIsShown() throws IOException {
        long zone = fixtures.organization("班子页面工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("班子页面支部", "BRANCH", zone, ESTABLISHED);
        List<Long> fulls = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fulls.add(fixtures.fullMember("班子页面党员" + i, branch));
        }
        long term = fixtures.term(branch, 1, LocalDate.of(2024, 3, 1), 3);
        String username = "term-staff-" + tag;
        fixtures.staff(username, "Term2026pwxx");
        LoginPage.open(browser, api.base()).loginAs(username, "Term2026pwxx");

        TermPage page = TermPage.open(browser, api.base(), term);
        assertThat(page.committeeNotice()).startsWith("委员会未登记。").contains("3个委员席位", "无效");
        OrganizationDetailPage detail = OrganizationDetailPage.open(browser, api.base(), branch);
        assertThat(detail.committeeNotice()).startsWith("委员会未登记。");
        assertThat(detail.termsMarkedNotRecorded()).containsExactly("委员会未登记");
        screenshot("organization-committee-not-recorded");
        page = TermPage.open(browser, api.base(), term);
        assertThat(page.recordCommittee()).contains("term=" + term);

        Api.Reply saved = api.put("/api/terms/" + term + "/committee", json("holders", List.of(
                json("memberId", fulls.get(0), "seat", "SECRETARY"),
                json("memberId", fulls.get(1), "seat", "DEPUTY_SECRETARY"),
                json("memberId", fulls.get(2), "seat", "COMMITTEE_MEMBER"))), ADMIN, ADMIN_PASSWORD);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(TermPage.open(browser, api.base(), term).committeeNotice()).isEmpty();
        detail = OrganizationDetailPage.open(browser, api.base(), branch);
        assertThat(detail.committeeNotice()).isEmpty();
        assertThat(detail.termsMarkedNotRecorded()).isEmpty();
    }

    @Test
    @DisplayName("Staff see the whole zone's tree in Chinese and can switch the interface to English")
    void staffSeeTheTreeAndSwitchLanguage() throws IOException {
        long zone = fixtures.organization("语言测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        fixtures.organization("语言测试党委", "COMMITTEE", zone, ESTABLISHED);
        String username = "staff-" + tag;
        fixtures.staff(username, "Staff2026pwx");
        OrganizationTreePage tree = LoginPage.open(browser, api.base()).loginAs(username, "Staff2026pwx").openTree();
        if (!tree.opened("语言测试工委 " + tag)) { // the suite's database holds many zones: only their tops show
            tree.open("语言测试工委 " + tag);
        }
        assertThat(tree.names()).contains("语言测试工委 " + tag, "语言测试党委 " + tag).doesNotHaveDuplicates();
        assertThat(tree.pageTitle()).isEqualTo("组织架构");
        tree.layout().switchLanguage("Organizations");
        assertThat(tree.pageTitle()).isEqualTo("Organizations");
        screenshot("organization-tree-english");
    }

    @Test
    @DisplayName("A park committee with 201 branches shows closed to its secretary; opening it reads its branches")
    void largeTreeOpensALevelAtATime() throws IOException {
        long zone = fixtures.organization("大树测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long committee = fixtures.organization("大树测试党委", "COMMITTEE", zone, ESTABLISHED);
        for (int i = 1; i <= 201; i++) {
            fixtures.organization(String.format("大树第%03d支部", i), "BRANCH", committee, ESTABLISHED);
        }
        String username = "tree-" + tag;
        fixtures.secretary(username, "Tree2026pwxx", committee);
        OrganizationTreePage tree = LoginPage.open(browser, api.base()).loginAs(username, "Tree2026pwxx").openTree();
        assertThat(tree.names()).as("202 rows would be more than the page opens at once")
                .containsExactly("大树测试党委 " + tag);
        assertThat(tree.opened("大树测试党委 " + tag)).isFalse();
        tree.open("大树测试党委 " + tag);
        assertThat(tree.names()).hasSize(202).startsWith("大树测试党委 " + tag, "大树第001支部 " + tag)
                .endsWith("大树第201支部 " + tag).doesNotContain("大树测试工委 " + tag);
        screenshot("organization-tree-opened");

        // none of the 202 has a term on record: the terms page lists them 50 at a time, branches first
        TermsDuePage terms = TermsDuePage.open(browser, api.base());
        assertThat(terms.withoutTerm()).hasSize(50).startsWith("大树第001支部 " + tag)
                .endsWith("大树第050支部 " + tag);
        assertThat(terms.nextWithoutTerm().withoutTerm()).hasSize(50).startsWith("大树第051支部 " + tag);
        screenshot("organization-terms-missing-paged");
    }
}
