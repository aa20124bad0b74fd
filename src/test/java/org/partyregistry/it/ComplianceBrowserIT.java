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
import org.partyregistry.it.support.pages.HomePage;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.MatrixPage;
import org.partyregistry.it.support.pages.MemberPage;
import org.partyregistry.it.support.pages.RosterPage;

/**
 * Issue 13 in the browser: a secretary on a phone puts members in a party group, records the group's meeting from the
 * branch and sees the quarter's status change on the home page; staff open the zone-wide table, keep those behind
 * and follow a number to the activities behind it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceBrowserIT {

    private static final LocalDate FOUNDED = LocalDate.of(2010, 5, 1);

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

    /** The page as it is now, on a 1440 x 900 desktop window (the phone's emulation is set again at each page). */
    private void desktopShot(String name) throws IOException {
        Chromium.viewport(browser, 1440, 900, false);
        Chromium.screenshotWhole(browser, name);
    }

    @Test
    @DisplayName("M19, ACT17, ACT16, H1: on a phone a secretary places two members in a group, records its meeting from "
            + "the branch, and the home page counts the group meeting held this period")
    void secretaryRecordsAGroupMeeting() throws IOException {
        long zone = fixtures.organization("小组测试工委", "WORKING_COMMITTEE", null, FOUNDED);
        long branch = fixtures.organization("小组测试支部", "BRANCH", zone, FOUNDED);
        fixtures.organization("第一党小组", "GROUP", branch, FOUNDED);
        long first = fixtures.fullMember("小组党员甲", branch);
        fixtures.fullMember("小组党员乙", branch);
        fixtures.fullMember("小组党员丙", branch);
        String username = "group-" + tag;
        fixtures.secretary(username, "Group2026pwx", branch);
        String group = fixtures.tagged("第一党小组");

        LoginPage.open(browser, api.base()).loginAs(username, "Group2026pwx");
        HomePage home = HomePage.open(browser, api.base());
        assertThat(home.held("GROUP_MEETING")).as("no group meeting yet this period").isEqualTo("0");
        assertThat(home.organizations("BRANCH")).as("the secretary's branch").isEqualTo("1");
        assertThat(home.organizations("GROUP")).as("its group").isEqualTo("1");
        assertThat(home.organizations("WORKING_COMMITTEE")).as("above the secretary's scope").isEmpty();
        assertThat(home.termsMissing()).as("the branch has no term on record; a group elects none").isEqualTo("1");
        String heldBefore = home.totalHeld();
        Chromium.screenshotWhole(browser, "compliance-home-secretary-phone-before");

        RosterPage roster = RosterPage.open(browser, api.base());
        roster.tick(fixtures.tagged("小组党员甲")).tick(fixtures.tagged("小组党员乙"))
                .placeTicked(group, fixtures.tagged("小组党员甲"), fixtures.tagged("小组党员乙"));
        Chromium.screenshotWhole(browser, "compliance-roster-groups-phone");
        MemberPage member = MemberPage.open(browser, api.base(), first);
        assertThat(member.group()).isEqualTo(group);
        Chromium.screenshotWhole(browser, "compliance-member-group-phone");

        ActivityEntryPage entry = HomePage.open(browser, api.base()).recordActivity();
        assertThat(entry.organizationName()).isEqualTo(fixtures.tagged("小组测试支部"));
        entry.type("党小组会").group(group, 2);
        assertThat(entry.names()).containsExactlyInAnyOrder(fixtures.tagged("小组党员甲"),
                fixtures.tagged("小组党员乙"));
        Chromium.screenshotWhole(browser, "compliance-entry-group-phone");
        ActivityListPage list = entry.save();
        assertThat(list.rows()).hasSize(1);
        assertThat(list.rows().get(0).getText()).contains("党小组会").contains("有效");

        home = HomePage.open(browser, api.base());
        assertThat(home.held("GROUP_MEETING")).as("the group's meeting this period").isEqualTo("1");
        assertThat(Integer.parseInt(home.totalHeld())).isEqualTo(Integer.parseInt(heldBefore) + 1);
        Chromium.screenshotWhole(browser, "compliance-home-secretary-phone-after");
        desktopShot("compliance-home-secretary-desktop");
        CompliancePage.open(browser, api.base(), branch);
        Chromium.screenshotWhole(browser, "compliance-report-secretary-phone");
        desktopShot("compliance-report-secretary-desktop");
    }

    @Test
    @DisplayName("ACT19, H1: staff open the zone-wide table for last year, keep those behind, and follow a cell's valid "
            + "count to the activities behind it")
    void staffDrillDownFromTheTable() throws IOException {
        long zone = fixtures.organization("总表测试工委", "WORKING_COMMITTEE", null, FOUNDED);
        long park = fixtures.organization("总表测试园区党委", "COMMITTEE", zone, FOUNDED);
        long branch = fixtures.organization("总表测试支部", "BRANCH", park, FOUNDED);
        long member = fixtures.fullMember("总表党员", branch);
        LocalDate march = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).withDayOfYear(1).minusYears(1).withMonth(3).withDayOfMonth(10);
        fixtures.activityHeld(branch, "THEMED_PARTY_DAY", march, List.of(member));
        String username = "matrix-" + tag;
        fixtures.staff(username, "Matrix2026pwx");

        LoginPage.open(browser, api.base()).loginAs(username, "Matrix2026pwx");
        HomePage home = HomePage.open(browser, api.base());
        assertThat(home.zoneRate()).isNotEmpty();
        assertThat(home.zoneCoverageRate()).isNotEmpty();
        assertThat(home.duesAlerts()).matches("\\d+");
        Chromium.screenshotWhole(browser, "compliance-home-staff-phone");

        MatrixPage matrix = MatrixPage.open(browser, api.base(), zone).lastYear();
        assertThat(matrix.organizations()).containsExactly(fixtures.tagged("总表测试工委"),
                fixtures.tagged("总表测试园区党委"), fixtures.tagged("总表测试支部"));
        assertThat(matrix.cell(branch, "THEMED_PARTY_DAY")).startsWith("1").contains("/ 12");
        Chromium.screenshotWhole(browser, "compliance-matrix-phone");

        desktopShot("compliance-matrix-desktop");

        matrix.behindOnly();
        assertThat(matrix.organizations()).containsExactly(fixtures.tagged("总表测试支部"));
        desktopShot("compliance-matrix-behind-desktop");

        ActivityListPage list = matrix.openActivities(branch, "THEMED_PARTY_DAY");
        assertThat(list.typeFilter()).isEqualTo("主题党日");
        assertThat(list.rows()).hasSize(1);
        assertThat(list.rows().get(0).getText()).contains(march.toString());
        desktopShot("compliance-drilldown-desktop");

        CompliancePage.open(browser, api.base(), zone);
        Chromium.screenshotWhole(browser, "compliance-report-staff-phone");
    }
}
