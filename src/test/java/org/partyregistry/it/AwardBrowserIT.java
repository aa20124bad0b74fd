package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.MedalRoundPage;
import org.partyregistry.it.support.pages.MemberPage;

/**
 * A medal round end to end in headless Chromium: the branch secretary confirms an old member of their branch and
 * excludes another with a reason, committee staff approve and award on the ceremony date, and the certificate the
 * page links to opens as a PDF whose Chinese text PDFBox reads back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardBrowserIT {

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

    /** A member admitted in the era without probation on {@code admitted}: standing starts that day. */
    private long oldMember(String name, long branch, String admitted) {
        return fixtures.member(name, branch).born(LocalDate.of(1946, 2, 3), true)
                .probationaryOn(LocalDate.parse(admitted)).create();
    }

    @Test
    @DisplayName("Medal round: secretary confirms and excludes, staff approve and award, the certificate PDF reads")
    void medalRoundEndToEnd() throws IOException {
        long zone = fixtures.organization("勋章浏览器工委", "WORKING_COMMITTEE", null);
        long branch = fixtures.organization("勋章浏览器支部", "BRANCH", zone);
        String awardee = fixtures.tagged("示例老党员甲");
        String excluded = fixtures.tagged("示例老党员乙");
        long awardeeId = oldMember("示例老党员甲", branch, "1975-10-01");
        oldMember("示例老党员乙", branch, "1976-07-01");
        fixtures.secretary("medal-sec-" + tag, "Medal2026pw", branch);
        fixtures.staff("medal-staff-" + tag, "Medal2026pw");

        LoginPage.open(browser, api.base()).loginAs("medal-sec-" + tag, "Medal2026pw");
        MedalRoundPage round = MedalRoundPage.open(browser, api.base(), 2026);
        assertThat(round.years(awardee)).isEqualTo("50");
        assertThat(round.years(excluded)).isEqualTo("50");
        assertThat(round.state(awardee)).isEqualTo("待确认");
        assertThat(round.offers(awardee, "approve")).as("secretaries do not approve").isFalse();
        round.confirm(awardee);
        assertThat(round.state(awardee)).isEqualTo("支部已确认");
        round.exclude(excluded, "本人申请暂缓参加");
        assertThat(round.state(excluded)).isEqualTo("已排除");
        Chromium.screenshot(browser, "medal-round-secretary");
        round.layout().signOut();

        LoginPage.open(browser, api.base()).loginAs("medal-staff-" + tag, "Medal2026pw");
        round = MedalRoundPage.open(browser, api.base(), 2026);
        assertThat(round.offers(excluded, "approve")).as("an excluded candidate is not approved").isFalse();
        round.approve(awardee);
        assertThat(round.state(awardee)).isEqualTo("已审批");
        assertThat(round.ceremonyDate()).as("the ceremony date defaults to July 1 of the year")
                .isEqualTo("2026-07-01");
        round.award(awardee);
        assertThat(round.state(awardee)).isEqualTo("已颁发");
        Chromium.screenshot(browser, "medal-round-awarded");

        String href = round.certificateLink(awardee);
        assertThat(href).contains("member=" + awardeeId);
        byte[] pdf = round.fetch(href);
        assertThat(pdf).as("the certificate link answers with a PDF").isNotNull();
        Files.write(Path.of("target", "screenshots", "medal-certificate.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("光荣在党50年", "纪念证书", awardee.replace(" ", "") + "同志", "1975年10月1日",
                    "党龄已满50年", "勋章浏览器工委" + tag, "2026年7月1日");
        }
        MemberPage.open(browser, api.base(), awardeeId).awaitMedalCertificate();
        Chromium.screenshot(browser, "medal-member");
    }
}
