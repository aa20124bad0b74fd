package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
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
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.pages.Layout;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.OrganizationDetailPage;
import org.partyregistry.it.support.pages.OrganizationEditPage;
import org.partyregistry.it.support.pages.OrganizationTreePage;

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
        assertThat(tree.names()).contains("浏览器测试支部 " + tag).doesNotContain("浏览器测试党委 " + tag);

        OrganizationEditPage edit = tree.addChildTo(branch);
        assertThat(edit.parentName()).isEqualTo("浏览器测试支部 " + tag);
        edit.name("第一党小组 " + tag);
        OrganizationDetailPage group = edit.save();
        assertThat(group.pageTitle()).isEqualTo("第一党小组 " + tag);

        tree = OrganizationTreePage.open(browser, api.base());
        assertThat(tree.names()).contains("第一党小组 " + tag);
        screenshot("organization-tree-secretary");
        assertThat(api.get("/api/organizations/" + branch + "/children", ADMIN, ADMIN_PASSWORD).body())
                .contains("第一党小组 " + tag);
    }

    @Test
    @DisplayName("Five wrong passwords in a row: the sign-in page says the account is locked")
    void fiveWrongPasswordsLockTheAccount() throws IOException {
        String username = "locked-" + tag;
        fixtures.staff(username, "Correct2026pw");
        LoginPage login = LoginPage.open(browser, api.base());
        for (int attempt = 1; attempt <= 4; attempt++) {
            login.attempt(username, "wrong-" + attempt);
            assertThat(login.error()).isEqualTo("用户名或密码错误");
        }
        login.attempt(username, "wrong-5");
        assertThat(login.error()).contains("账户已锁定15分钟");
        login.attempt(username, "Correct2026pw");
        assertThat(login.error()).as("the right password is refused while locked").contains("账户已锁定");
        screenshot("login-locked");
    }

    @Test
    @DisplayName("Staff see the whole zone's tree in Chinese and can switch the interface to English")
    void staffSeeTheTreeAndSwitchLanguage() throws IOException {
        long zone = fixtures.organization("语言测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        fixtures.organization("语言测试党委", "COMMITTEE", zone, ESTABLISHED);
        String username = "staff-" + tag;
        fixtures.staff(username, "Staff2026pwx");
        OrganizationTreePage tree = LoginPage.open(browser, api.base()).loginAs(username, "Staff2026pwx").openTree();
        assertThat(tree.names()).contains("语言测试工委 " + tag, "语言测试党委 " + tag);
        assertThat(tree.pageTitle()).isEqualTo("组织架构");
        tree.layout().switchLanguage("Organizations");
        assertThat(tree.pageTitle()).isEqualTo("Organizations");
        screenshot("organization-tree-english");
    }
}
