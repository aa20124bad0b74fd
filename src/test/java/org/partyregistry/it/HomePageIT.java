package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.PageSession;

/**
 * Rule H2 over plain HTTP: the home page answers without the cards that read the whole scope, and each card is
 * filled by a request of its own; the terms due are counted, and only the soonest listed (rule O8).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Pattern TABLE_ROW = Pattern.compile("<tr[^>]* data-ri=\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("H2, O8: the page comes first, each whole-scope card on its own request; 10 terms due, a link to all")
    void cardsFilledAfterThePage() throws Exception {
        Api api = new Api(url);
        Fixtures fixtures = new Fixtures(api);
        long zone = fixtures.organization("首页工委", "WORKING_COMMITTEE", null);
        for (int i = 0; i < 11; i++) {
            long branch = fixtures.organization("首页支部" + i, "BRANCH", zone);
            fixtures.term(branch, 1, TODAY.minusYears(3).plusDays(30 + i), 2);
        }
        String username = "home-" + fixtures.tag();
        fixtures.staff(username, "Home2026pwx");
        long due = api.get("/api/terms/due/count?within=180", username, "Home2026pwx").object()
                .getJsonNumber("due").longValue();
        assertThat(due).as("terms due in the staff member's scope").isGreaterThanOrEqualTo(11);

        String base = url.toString().replaceAll("/$", "");
        PageSession person = new PageSession(base);
        PageSession.Page home = person.signIn(username, "Home2026pwx");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).as("the page as first sent")
                .contains("正在统计本年度组织生活落实情况", "正在统计全区覆盖情况", "正在统计党费欠交情况")
                .doesNotContain("zoneComplianceRate", "zoneOrganizationRate", "duesAlerts");
        assertThat(TABLE_ROW.matcher(home.body()).results().count()).as("terms due listed").isEqualTo(10);
        assertThat(home.body()).contains("id=\"allDue\"", "查看全部 " + due + " 个到期届次");

        assertThat(person.fill("/index.xhtml", home, "complianceCard:homeCompliance"))
                .contains("zoneComplianceRate").doesNotContain("zoneOrganizationRate", "duesAlerts");
        assertThat(person.fill("/index.xhtml", home, "coverageCard:homeCoverage"))
                .contains("zoneOrganizationRate").doesNotContain("zoneComplianceRate");
        assertThat(person.fill("/index.xhtml", home, "duesCard:homeDues")).contains("duesAlerts");
        person.fill("/index.xhtml", home, "sizeCard:homeSizes");
    }
}
