package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
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
import org.partyregistry.it.support.pages.FallingBehindPage;
import org.partyregistry.it.support.pages.LoginPage;
import org.partyregistry.it.support.pages.StudySessionPage;

/**
 * A secretary records a three-day study session's attendance one day at a time on a phone-sized
 * window, sees the rates and the completion list (ACT12, ACT13), and uploads a photo (ACT14).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudySessionBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
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

    @Test
    @DisplayName("ACT12 ACT13 ACT14: a secretary records the three days one by one on a phone; 3 of 3 and 2 of 3 + excused: only 100% "
            + "completes at 80%; a photo uploads and shows")
    void gridCompletionAndPhoto() throws IOException {
        long zone = fixtures.organization("读书班测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("读书班测试支部", "BRANCH", zone, ESTABLISHED);
        String full = fixtures.tagged("学员甲");
        String partial = fixtures.tagged("学员乙");
        for (String name : List.of("学员甲", "学员乙")) {
            fixtures.member(name, branch).born(LocalDate.of(1986, 4, 1), true).full().create();
        }
        String username = "study-" + tag;
        fixtures.secretary(username, "Study2026pwx", branch);
        Api.Reply session = api.post("/api/activities", json("organizationId", branch, "type", "STUDY_SESSION",
                "title", "党史学习教育专题读书班 " + tag, "heldOn", TODAY.minusDays(4), "endsOn", TODAY.minusDays(2),
                "presentMemberIds", List.of()), username, "Study2026pwx");
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        long id = session.id();

        LoginPage.open(browser, api.base()).loginAs(username, "Study2026pwx");
        StudySessionPage page = StudySessionPage.open(browser, api.base(), id);
        assertThat(page.lines()).as("a new session starts with the branch's members").hasSize(2);
        assertThat(page.days()).as("one button per day of the session").hasSize(3);
        page.mark(full, 0, "出席");
        page.mark(full, 1, "出席");
        page.mark(full, 2, "出席");
        page.mark(partial, 0, "出席");
        page.mark(partial, 1, "请假");
        page.mark(partial, 2, "出席");
        Chromium.screenshot(browser, "study-grid-phone");
        page.save();

        assertThat(page.completionList()).containsExactly(full);
        assertThat(page.rateTable()).contains("66.7%").contains("100%");
        assertThat(page.completionRule()).contains("80%");
        var attendance = api.get("/api/activities/" + id + "/attendance", ADMIN, ADMIN_PASSWORD).object();
        assertThat(attendance.getInt("completedCount")).isEqualTo(1);

        Path photo = Files.createTempFile("activity-photo", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xC00000);
        ImageIO.write(image, "png", photo.toFile());
        page.uploadPhoto(photo, 40);
        assertThat(api.get("/api/activities/" + id + "/photos", ADMIN, ADMIN_PASSWORD).array()).hasSize(1);
        Chromium.screenshot(browser, "study-completion-phone");
        Files.deleteIfExists(photo);

        // ACT10: the branch holds none of its required meetings last quarter, so the falling-behind view lists it
        FallingBehindPage behind = FallingBehindPage.open(browser, api.base());
        assertThat(behind.linksTo("读书班测试支部 " + tag)).hasSize(1);
        Chromium.screenshot(browser, "behind-phone");
    }
}
