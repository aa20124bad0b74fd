package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.Workbooks;
import org.partyregistry.it.support.pages.ImportPage;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.MemberPage;
import org.partyregistry.it.support.pages.RosterPage;

/** The member import flow in headless Chromium: a secretary imports a roster, fixes a bad row, finds the members. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberBrowserIT {

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
    Path files;

    @BeforeEach
    void start() throws IOException {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        files = Files.createTempDirectory("workbooks");
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    private Path workbook(String name, List<Workbooks.Member> members) throws IOException {
        Path file = files.resolve(name + ".xlsx");
        Files.write(file, Workbooks.roster("党员名册", members));
        return file;
    }

    @Test
    @DisplayName("Import: a bad row yields the error report and nothing; fixed, all rows go in and show in the roster")
    void secretaryImportsARoster() throws IOException {
        long zone = fixtures.organization("导入测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("导入测试支部", "BRANCH", zone, ESTABLISHED);
        String username = "import-" + tag;
        fixtures.secretary(username, "Import2026pw", branch);
        LocalDate birth = LocalDate.of(1988, 6, 1);
        String first = IdNumbers.unique(birth, true);
        String second = IdNumbers.unique(birth, false);
        String third = IdNumbers.unique(birth, true);
        Workbooks.Member a = new Workbooks.Member("示例党员甲 " + tag, first, LocalDate.of(2018, 5, 1),
                LocalDate.of(2019, 5, 1));
        Workbooks.Member c = new Workbooks.Member("示例党员丙 " + tag, third, LocalDate.of(2024, 7, 1), null);

        LoginPage.open(browser, api.base()).loginAs(username, "Import2026pw");
        RosterPage roster = RosterPage.fromOrganization(browser, api.base(), branch);
        ImportPage importing = roster.openImport();

        importing.upload(workbook("bad", List.of(a, new Workbooks.Member("示例党员乙 " + tag,
                IdNumbers.withWrongCheck(second), LocalDate.of(2020, 1, 1), null), c)));
        assertThat(importing.failure()).contains("1");
        assertThat(importing.errorRows()).containsExactly("4 身份证号码 身份证号码校验码不正确，请核对");
        assertThat(importing.offersErrorReport()).isTrue();
        screenshot("member-import-errors");
        assertThat(api.get("/api/members?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).object().getInt("total"))
                .as("nothing imported").isZero();

        importing.upload(workbook("fixed", List.of(a, new Workbooks.Member("示例党员乙 " + tag, second,
                LocalDate.of(2020, 1, 1), null), c)));
        assertThat(importing.success()).isEqualTo("已导入 3 名党员");
        roster = importing.openRoster();
        assertThat(roster.names()).containsExactly("示例党员丙 " + tag, "示例党员乙 " + tag, "示例党员甲 " + tag);
        screenshot("member-roster");

        MemberPage member = roster.open("示例党员甲 " + tag);
        assertThat(member.stage()).isEqualTo("正式党员");
        assertThat(member.idNumber()).isEqualTo(first.substring(0, 6) + "********" + first.substring(14));
        assertThat(member.timeline()).contains("转为正式党员", "接收为预备党员");
    }

    @Test
    @DisplayName("Member page: staff reveal the ID number (audited), a secretary suspends through the form")
    void revealAndSuspend() throws IOException {
        long zone = fixtures.organization("动作测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("动作测试支部", "BRANCH", zone, ESTABLISHED);
        String id = IdNumbers.unique(LocalDate.of(1979, 4, 2), false);
        long member = fixtures.member("示例党员辛", branch).idNumber(id).probationaryOn(LocalDate.of(2010, 5, 1))
                .fullOn(LocalDate.of(2011, 5, 1)).create();
        fixtures.staff("staff-" + tag, "Staff2026pwx");
        fixtures.secretary("sec-" + tag, "Secret2026pw", branch);

        LoginPage.open(browser, api.base()).loginAs("staff-" + tag, "Staff2026pwx");
        MemberPage asStaff = MemberPage.open(browser, api.base(), member);
        assertThat(asStaff.idNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        asStaff.reveal(id);
        assertThat(asStaff.idNumber()).isEqualTo(id);
        assertThat(api.get("/api/audit?entityType=Member&action=REVEAL&entityId=" + member, ADMIN,
                ADMIN_PASSWORD).array()).hasSize(1);
        asStaff.layout().signOut();

        LoginPage.open(browser, api.base()).loginAs("sec-" + tag, "Secret2026pw");
        MemberPage asSecretary = MemberPage.open(browser, api.base(), member);
        assertThat(asSecretary.canReveal()).as("secretaries cannot reveal").isFalse();
        asSecretary.suspend("停止党籍（失联）");
        assertThat(asSecretary.timeline()).contains("停止党籍（失联）");
        screenshot("member-suspended");
        assertThat(api.get("/api/members/" + member, ADMIN, ADMIN_PASSWORD).object().getString("status"))
                .isEqualTo("SUSPENDED");
    }
}
