package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
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
import org.partyregistry.it.support.pages.ActivityEntryPage;
import org.partyregistry.it.support.pages.ActivityListPage;
import org.partyregistry.it.support.pages.HomePage;
import org.partyregistry.it.support.pages.Layout;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.RosterPage;
import org.partyregistry.it.support.pages.StudySessionPage;

/**
 * Issue 15 on a 390 x 844 phone as a branch secretary: the bottom navigation, a meeting recorded with everyone
 * present in few taps, a study day with "all present", and tables that fit the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate ESTABLISHED = LocalDate.of(2010, 5, 1);
    private static final String PASSWORD = "Phone2026pwx";

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

    /** A branch of four full members and its secretary, signed in on the phone: the layout of the home page. */
    private Layout branchSecretary(String prefix) {
        long zone = fixtures.organization("手机测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("手机测试支部", "BRANCH", zone, ESTABLISHED);
        for (String name : List.of("甲", "乙", "丙", "丁")) {
            fixtures.member("手机党员" + name, branch).born(LocalDate.of(1984, 6, 1), true).full().create();
        }
        String username = prefix + "-" + tag;
        fixtures.secretary(username, PASSWORD, branch);
        this.branch = branch;
        this.username = username;
        return LoginPage.open(browser, api.base()).loginAs(username, PASSWORD);
    }

    private long branch;
    private String username;

    @Test
    @DisplayName("a secretary's phone: a bottom navigation of five targets of at least 44 px, no zone-wide entries, "
            + "and today's meeting with everyone present recorded in at most 3 taps from the home page")
    void bottomNavigationAndMeetingInFewTaps() throws IOException {
        Layout home = branchSecretary("phone");
        assertThat(home.deskMenuShown()).as("the desktop menu bar is not shown on a phone").isFalse();
        List<Layout.Target> targets = home.bottomNavigation();
        assertThat(targets).extracting(Layout.Target::id)
                .containsExactly("navHome", "navRecord", "navActivities", "navMembers", "navMore");
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.height()).as(t.id()).isGreaterThanOrEqualTo(44);
            assertThat(t.width()).as(t.id()).isGreaterThanOrEqualTo(44);
        });
        Chromium.screenshot(browser, "i15-phone-zh-home");
        List<String> more = home.openMore();
        assertThat(more).contains("more:tree", "more:roster", "more:compliance")
                .doesNotContain("more:enterprises", "more:coverage", "more:termsDue", "more:users");
        Chromium.screenshot(browser, "i15-phone-zh-more");

        // counted from the home page: its big "record" button, then save
        HomePage start = HomePage.open(browser, api.base());
        int taps = 0;
        ActivityEntryPage entry = start.recordActivity();
        taps++;
        assertThat(entry.presentCount()).as("everyone starts present").isEqualTo("4");
        Chromium.screenshot(browser, "i15-phone-zh-record");
        ActivityListPage list = entry.save();
        taps++;
        assertThat(taps).as("taps from the home page").isLessThanOrEqualTo(3);
        assertThat(list.rows()).hasSize(1);
        assertThat(list.rows().get(0).getText()).contains(TODAY.toString()).contains("主题党日");
        JsonObject saved = api.get("/api/activities?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array()
                .getJsonObject(0);
        assertThat(saved.getInt("present")).isEqualTo(4);
        assertThat(saved.getString("heldOn")).isEqualTo(TODAY.toString());
    }

    @Test
    @DisplayName("a secretary's phone: today's meeting with two absentees and a topic in at most 6 taps from the "
            + "home page (typing the topic counts as the tap on its field)")
    void meetingWithAbsenteesAndTopicInSixTaps() throws IOException {
        branchSecretary("absent");
        HomePage start = HomePage.open(browser, api.base());
        String topic = "学习党章 " + tag;
        int taps = 0;
        ActivityEntryPage entry = start.recordActivity();
        taps++;
        entry.markAbsent(0);
        taps++;
        entry.markAbsent(1);
        taps++;
        assertThat(entry.presentCount()).isEqualTo("2");
        entry.openMore();
        taps++;
        entry.topic(topic);
        taps++;
        Chromium.screenshot(browser, "i15-phone-zh-record-absentees");
        ActivityListPage list = entry.save();
        taps++;
        assertThat(taps).as("taps from the home page").isLessThanOrEqualTo(6);
        assertThat(list.rows()).hasSize(1);
        JsonObject saved = api.get("/api/activities?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array()
                .getJsonObject(0);
        assertThat(saved.getInt("present")).isEqualTo(2);
        assertThat(saved.getString("heldOn")).isEqualTo(TODAY.toString());
        assertThat(saved.getInt("absent")).isEqualTo(2);
        assertThat(saved.getString("topic")).isEqualTo(topic);
    }

    @Test
    @DisplayName("the roster of a branch with party groups on a phone: one card per member with its tick box in "
            + "reach, two members placed in a group from the cards, no sideways scroll")
    void rosterWithGroups() throws IOException {
        branchSecretary("roster");
        fixtures.organization("手机第一党小组", "GROUP", branch, ESTABLISHED);
        String group = fixtures.tagged("手机第一党小组");
        String first = fixtures.tagged("手机党员甲");
        String second = fixtures.tagged("手机党员乙");
        RosterPage roster = RosterPage.open(browser, api.base());
        assertThat(roster.names()).hasSize(4);
        assertThat(roster.rowsAsCards()).as("each cell on its own line with its column's title").isTrue();
        assertThat(roster.tickReachable(first, 44)).as("a tap within 44 px of the tick box ticks it").isTrue();
        assertThat(roster.sidewaysOverflow()).isZero();
        Chromium.screenshotWhole(browser, "i15-phone-zh-roster-groups");
        roster.tick(first).tick(second).placeTicked(group, first, second);
        assertThat(roster.sidewaysOverflow()).isZero();
        Chromium.screenshotWhole(browser, "i15-phone-zh-roster-groups-placed");
    }

    @Test
    @DisplayName("a study session on a phone: one day at a time, everyone present by default, two absentees "
            + "tapped, all present on the next day, the saved note beside the button")
    void studyDayWithAllPresent() throws IOException {
        branchSecretary("study");
        Api.Reply session = api.post("/api/activities", json("organizationId", branch, "type", "STUDY_SESSION",
                "title", "手机读书班 " + tag, "heldOn", TODAY.minusDays(3), "endsOn", TODAY.minusDays(2),
                "presentMemberIds", List.of()), username, PASSWORD);
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long id = session.id();

        StudySessionPage page = StudySessionPage.open(browser, api.base(), id);
        assertThat(page.days()).hasSize(2);
        assertThat(page.lines()).hasSize(4);
        assertThat(page.presentCount()).as("a day not yet recorded starts with everyone present").isEqualTo("4");
        String first = fixtures.tagged("手机党员甲");
        String second = fixtures.tagged("手机党员乙");
        page.mark(first, 0, "缺席").mark(second, 0, "缺席");
        assertThat(page.presentCount()).isEqualTo("2");
        Chromium.screenshot(browser, "i15-phone-zh-study-day");
        page.save();
        assertThat(page.savedNote()).isEqualTo("已保存出勤");
        Chromium.screenshot(browser, "i15-phone-zh-study-saved");

        page.day(1).mark(first, 1, "请假").allPresent();
        assertThat(page.mark(first)).isEqualTo("出席");
        page.save();
        JsonObject attendance = api.get("/api/activities/" + id + "/attendance", ADMIN, ADMIN_PASSWORD).object();
        var days = attendance.getJsonArray("days");
        assertThat(days.getJsonObject(0).getJsonArray("presentMemberIds")).hasSize(2);
        assertThat(days.getJsonObject(0).getJsonArray("absentMemberIds")).hasSize(2);
        assertThat(days.getJsonObject(1).getJsonArray("presentMemberIds")).hasSize(4);
        assertThat(page.rateTable()).contains("50%").contains("100%");
    }

    @Test
    @DisplayName("tables on a phone: the activity list shows its rows as cards and no page scrolls sideways")
    void tablesFitThePhone() throws IOException {
        Layout home = branchSecretary("tables");
        api.post("/api/activities", json("organizationId", branch, "type", "BRANCH_GENERAL_MEETING",
                "title", "手机支部党员大会 " + tag, "heldOn", TODAY.minusDays(1), "presentMemberIds", List.of()),
                username, PASSWORD);
        ActivityListPage list = home.tapActivities();
        assertThat(list.rows()).hasSize(1);
        assertThat(list.rowsAsCards()).as("each cell on its own line with its column's title").isTrue();
        assertThat(list.sidewaysOverflow()).isZero();
        Chromium.screenshot(browser, "i15-phone-zh-activity-list");
        for (String page : List.of("/report/compliance.xhtml", "/member/roster.xhtml", "/organization/tree.xhtml",
                "/member/alerts.xhtml", "/index.xhtml")) {
            browser.get(api.base() + page);
            assertThat(list.sidewaysOverflow()).as(page).isZero();
            Chromium.screenshot(browser, "i15-phone-zh" + page.replace('/', '-').replace(".xhtml", ""));
        }
        home.switchLanguage("Overview");
        for (String page : List.of("/activity/record.xhtml", "/activity/list.xhtml", "/report/compliance.xhtml",
                "/member/roster.xhtml", "/organization/tree.xhtml")) {
            browser.get(api.base() + page);
            assertThat(list.sidewaysOverflow()).as(page).isZero();
            Chromium.screenshot(browser, "i15-phone-en" + page.replace('/', '-').replace(".xhtml", ""));
        }
    }
}
