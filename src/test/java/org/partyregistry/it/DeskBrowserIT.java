package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
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
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Chromium;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.pages.FormPage;
import org.partyregistry.it.support.pages.Layout;
import org.partyregistry.it.support.pages.LoginPage;

/**
 * Issue 15 on a 1440 x 900 desk: the menu on one line in both languages, errors in plain words beside their fields,
 * each once and all at once, and screenshots of the pages the issue names in Chinese and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskBrowserIT {

    private static final LocalDate ESTABLISHED = LocalDate.of(2010, 5, 1);

    @RegisterExtension
    static final Chromium CHROMIUM = Chromium.desktop(1440, 900);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    WebDriver browser;

    @BeforeEach
    void start() {
        api = new Api(url);
        fixtures = new Fixtures(api);
    }

    @Test
    @DisplayName("the administrator's menu fits one line at 1440 px in Chinese and in English; no bottom navigation")
    void menuOnOneLine() throws IOException {
        Layout layout = LoginPage.open(browser, api.base()).loginAs(ADMIN, ADMIN_PASSWORD);
        assertThat(layout.deskMenuShown()).isTrue();
        assertThat(layout.bottomNavigation()).isEmpty();
        assertThat(layout.deskMenuLines()).as("Chinese").isEqualTo(1);
        screenshots("zh");
        browser.get(api.base() + "/index.xhtml");
        layout.switchLanguage("Overview");
        assertThat(layout.deskMenuLines()).as("English").isEqualTo(1);
        screenshots("en");
    }

    private void screenshots(String language) throws IOException {
        Layout layout = new Layout(browser);
        // one page under each menu entry (the header is one template; the entry shown as current differs)
        for (String page : List.of("/index.xhtml", "/organization/tree.xhtml", "/member/roster.xhtml",
                "/activity/list.xhtml", "/report/coverage.xhtml", "/award/medal.xhtml", "/admin/users.xhtml")) {
            browser.get(api.base() + page);
            assertThat(layout.deskMenuLines()).as(page).isEqualTo(1);
            assertThat(layout.sidewaysOverflow()).as(page).isZero();
            Chromium.screenshot(browser, "i15-desk-" + language + page.replace('/', '-').replace(".xhtml", ""));
        }
    }

    @Test
    @DisplayName("a future date typed on the member form is reported in plain words beside its field, once; a wrong "
            + "ID number marks the ID field")
    void memberFormMessages() throws IOException {
        long zone = fixtures.organization("表单测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("表单测试支部", "BRANCH", zone, ESTABLISHED);
        LoginPage.open(browser, api.base()).loginAs(ADMIN, ADMIN_PASSWORD);

        FormPage form = FormPage.memberRegistration(browser, api.base(), branch)
                .type("name", fixtures.tagged("表单党员"))
                .type("idNumber", IdNumbers.unique(LocalDate.of(1990, 2, 3), true))
                .type("appliedOn", LocalDate.now().plusYears(1).toString())
                .save();
        assertThat(form.errorBeside("appliedOn")).isEqualTo("“递交入党申请日期”不能晚于今天");
        assertThat(form.errors()).as("shown once, beside the field").containsExactly("“递交入党申请日期”不能晚于今天");
        Chromium.screenshot(browser, "i15-desk-zh-member-future-date");

        String wrongCheck = IdNumbers.unique(LocalDate.of(1990, 2, 3), true);
        wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.charAt(17) == '1' ? '2' : '1');
        form.type("idNumber", wrongCheck).type("appliedOn", "2015-03-01").save();
        assertThat(form.invalid("idNumber")).isTrue();
        assertThat(form.errorBeside("idNumber")).contains("身份证号码");
        assertThat(form.errors()).hasSize(1);
        Chromium.screenshot(browser, "i15-desk-zh-member-wrong-id");
    }

    @Test
    @DisplayName("the enterprise form reports a wrong credit code and a closing before founding at once, each "
            + "beside its field")
    void enterpriseFormReportsEverything() throws IOException {
        fixtures.park("表单测试园区");
        LoginPage.open(browser, api.base()).loginAs(ADMIN, ADMIN_PASSWORD);
        FormPage form = FormPage.newEnterprise(browser, api.base())
                .type("name", fixtures.tagged("表单测试企业"))
                .type("creditCode", "91350100M000100Y44")
                .choose("park", fixtures.tagged("表单测试园区"))
                .type("foundedOn", "2020-05-01")
                .type("industry", "软件")
                .type("employees", "12")
                .type("closedOn", "2019-05-01")
                .save();
        assertThat(form.errorBeside("creditCode")).isEqualTo("统一社会信用代码校验位不正确，请核对");
        assertThat(form.errorBeside("closedOn")).startsWith("注销日期不能早于成立日期");
        assertThat(form.invalid("creditCode")).isTrue();
        assertThat(form.value("creditCode")).as("what was typed stays to be corrected").isEqualTo("91350100M000100Y44");
        assertThat(form.errors()).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".ui-messages-error-summary"))).isEmpty();
        Chromium.screenshot(browser, "i15-desk-zh-enterprise-errors");
    }
}
