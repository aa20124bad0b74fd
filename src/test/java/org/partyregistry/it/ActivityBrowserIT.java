package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebDriver;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Chromium;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.pages.ActivityEntryPage;
import org.partyregistry.it.support.pages.ActivityListPage;
import org.partyregistry.it.support.pages.CompliancePage;
import org.partyregistry.it.support.pages.LoginPage;

/** Fast entry of a meeting on a phone-sized window, then the list and the compliance report showing it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityBrowserIT {

    private static final LocalDate ESTABLISHED = LocalDate.of(2010, 5, 1);

    @RegisterExtension
    static final Chromium CHROMIUM = Chromium.phone();

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
    @DisplayName("ACT4: on a phone a secretary marks 2 of 4 absent and saves; the list shows the meeting invalid and "
            + "the compliance report counts it held, not valid, in the quarter in progress")
    void fastEntryOnAPhone() throws IOException {
        long zone = fixtures.organization("活动测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("活动测试支部", "BRANCH", zone, ESTABLISHED);
        for (String name : List.of("甲", "乙", "丙", "丁")) {
            fixtures.member("示例党员" + name, branch).born(LocalDate.of(1985, 3, 1), false).full().create();
        }
        String username = "entry-" + tag;
        fixtures.secretary(username, "Entry2026pwx", branch);

        LoginPage.open(browser, api.base()).loginAs(username, "Entry2026pwx");
        ActivityEntryPage entry = ActivityEntryPage.open(browser, api.base());
        assertThat(entry.organizationName()).isEqualTo("活动测试支部 " + tag);
        assertThat(entry.members()).hasSize(4);
        assertThat(entry.presentCount()).as("everyone starts present").isEqualTo("4");
        entry.type("支部党员大会");
        entry.markAbsent(0);
        entry.markAbsent(1);
        assertThat(entry.presentCount()).isEqualTo("2");
        screenshot("activity-fast-entry-phone");
        ActivityListPage list = entry.save();

        assertThat(list.rows()).hasSize(1);
        assertThat(list.rows().get(0).getText()).contains("支部党员大会").contains("无效").contains("未超过半数");
        screenshot("activity-list-phone");

        CompliancePage compliance = list.openCompliance();
        // rule ACT16: today's quarter is not over, so the meeting is counted in the period in progress
        assertThat(compliance.inProgress("BRANCH_GENERAL_MEETING")).contains("已开展 1 次，有效 0 次");
        screenshot("activity-compliance-phone");
    }
}
