package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
        long branch = 0;
        for (int i = 0; i < 11; i++) {
            branch = fixtures.organization("首页支部" + i, "BRANCH", zone);
            fixtures.term(branch, 1, TODAY.minusYears(3).plusDays(30 + i), 2);
        }
        // rule D8: nothing paid since admission, 2015 (an alert) and four months ago (4 months: a reminder; the
        // register's other tests' members are no part of it, so the card is checked against this test's own)
        fixtures.fullMember("首页欠费甲", branch);
        fixtures.member("首页欠费乙", branch).probationaryOn(TODAY.minusMonths(4)).create();
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
        String dues = person.fill("/index.xhtml", home, "duesCard:homeDues");
        List<String> levels = api.get("/api/dues/arrears", username, "Home2026pwx").array().stream()
                .map(row -> ((JsonObject) row).getString("level")).toList();
        assertThat(levels).as("the arrears list").contains("ALERT", "REMINDER");
        assertThat(figure(dues, "duesAlerts")).as("the card's alerts counted like the list's")
                .isEqualTo(levels.stream().filter("ALERT"::equals).count());
        assertThat(figure(dues, "duesReminders")).as("the card's reminders counted like the list's")
                .isEqualTo(levels.stream().filter("REMINDER"::equals).count());
        person.fill("/index.xhtml", home, "sizeCard:homeSizes");
    }

    /** The number a card shows in the element of this id. */
    private static long figure(String html, String id) {
        java.util.regex.Matcher found = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertThat(found.find()).as("%s in %s", id, html).isTrue();
        return Long.parseLong(found.group(1));
    }
}
