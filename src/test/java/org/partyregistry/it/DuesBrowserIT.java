package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.openqa.selenium.WebDriver;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Chromium;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.pages.DuesArrearsPage;
import org.partyregistry.it.support.pages.DuesPaymentPage;
import org.partyregistry.it.support.pages.DuesYearPage;
import org.partyregistry.it.support.pages.LoginPage;

/**
 * The dues flow in headless Chromium: a secretary confirms the branch's amounts for the year (one member carried
 * over from last year, one entered on the page), records a payment of two months, and sees the arrears list shrink.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuesBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate ESTABLISHED = LocalDate.of(2010, 5, 1);

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

    private long member(String name, long branch) {
        return fixtures.member(name, branch).born(IdNumbers.randomBirth(), false).full().create();
    }

    /** Keeps the page as a picture and as HTML. */
    private void screenshot(String name) throws IOException {
        Chromium.keepPage(browser, name);
    }

    @Test
    @DisplayName("Dues: confirm the year's amounts, record two months at once, the arrears list shrinks")
    void secretaryConfirmsPaysAndSeesArrearsShrink() throws IOException {
        long zone = fixtures.organization("党费浏览器工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("党费浏览器支部", "BRANCH", zone, ESTABLISHED);
        String worker = fixtures.tagged("在职党员");
        String student = fixtures.tagged("学生党员");
        long workerId = member("在职党员", branch);
        member("学生党员", branch);
        Api.Reply lastYear = api.put("/api/members/" + workerId + "/dues/" + (TODAY.getYear() - 1),
                json("category", "IN_SERVICE", "income", 5100), ADMIN, ADMIN_PASSWORD);
        assertThat(lastYear.status()).as(lastYear.toString()).isEqualTo(200);
        String username = "dues-" + tag;
        fixtures.secretary(username, "Dues2026pw", branch);

        LoginPage.open(browser, api.base()).loginAs(username, "Dues2026pw");
        DuesYearPage year = DuesYearPage.fromOrganization(browser, api.base(), branch);
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

        DuesArrearsPage arrears = year.openArrears();
        assertThat(arrears.names()).containsExactlyInAnyOrder(worker, student);
        DuesPaymentPage payment = arrears.open(worker);
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        payment.pay(List.of(last.minusMonths(1).toString(), last.toString()), "153.00");
        assertThat(payment.message()).isEqualTo("已登记2个月的党费，共 153.00 元");
        assertThat(payment.paidMonths()).containsExactly(last.minusMonths(1) + ", " + last);
        screenshot("dues-payment");

        arrears = DuesArrearsPage.open(browser, api.base(), branch);
        assertThat(arrears.names()).containsExactly(student);
        screenshot("dues-arrears");
    }
}
