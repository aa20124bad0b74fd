package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Axe;
import org.partyregistry.it.support.Chromium;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.pages.LoginPage;

/**
 * Issue 15, point 6: the main pages checked with axe-core in Chinese and in English, with no serious or critical
 * violation (labels bound to their inputs, visible focus, contrast of at least 4.5:1, a language for each page);
 * each page kept as a screenshot under {@code target/screenshots/} for review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
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
    @DisplayName("login, home, tree, roster, member, activity entry and list, compliance report and matrix, coverage: "
            + "no serious or critical axe-core violation in Chinese nor in English")
    void mainPagesPassAxe() throws IOException {
        long zone = fixtures.organization("无障碍测试工委", "WORKING_COMMITTEE", null, ESTABLISHED);
        long branch = fixtures.organization("无障碍测试支部", "BRANCH", zone, ESTABLISHED);
        fixtures.organization("无障碍第一党小组", "GROUP", branch, ESTABLISHED);
        long member = fixtures.fullMember("无障碍党员甲", branch);
        long other = fixtures.fullMember("无障碍党员乙", branch);
        fixtures.activityHeld(branch, "BRANCH_COMMITTEE_MEETING", TODAY.minusDays(2), List.of(member, other));

        Map<String, List<String>> found = new LinkedHashMap<>();
        LoginPage login = LoginPage.open(browser, api.base());
        check("zh", "/login.xhtml", found);
        assertThat(focusShownAfterTabs(1)).as("the field the keyboard reaches first shows its focus").isTrue();
        assertThat(focusShownAfterTabs(2)).as("and so does the next").isTrue();
        browser.findElement(By.id("language:lang")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> language().equals("en"));
        check("en", "/login.xhtml", found);
        login.loginAs(ADMIN, ADMIN_PASSWORD);

        List<String> pages = List.of("/index.xhtml", "/organization/tree.xhtml",
                "/member/roster.xhtml?organization=" + branch, "/member/detail.xhtml?id=" + member,
                "/activity/record.xhtml?organization=" + branch, "/activity/list.xhtml?organization=" + branch,
                "/report/compliance.xhtml?organization=" + zone, "/report/matrix.xhtml?organization=" + zone,
                "/report/coverage.xhtml");
        String language = language();
        for (int round = 0; round < 2; round++) {
            for (String page : pages) {
                browser.get(api.base() + page);
                check(language, page, found);
            }
            browser.get(api.base() + "/index.xhtml");
            browser.findElement(By.id("nav:lang")).click();
            String before = language;
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !language().equals(before));
            language = language();
        }
        assertThat(found).as("pages with serious or critical violations").isEmpty();
    }

    /**
     * Presses Tab this many times from the top of the page and answers whether the element reached is drawn with an
     * outline (the stylesheet's :focus-visible ring) or a focus shadow.
     */
    private boolean focusShownAfterTabs(int tabs) {
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < tabs; i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body) return false;
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';""");
    }

    /** The page's language as its html element declares it: zh or en. */
    private String language() {
        String lang = String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.lang;"));
        return lang.startsWith("zh") ? "zh" : lang;
    }

    /** Runs axe-core on the page shown, keeps its screenshot, and notes what it found. */
    private void check(String language, String page, Map<String, List<String>> found) throws IOException {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState;")));
        assertThat(language()).as(page + " declares its language").isEqualTo(language);
        String name = page.replaceFirst("\\?.*", "").replace('/', '-').replace(".xhtml", "");
        Chromium.screenshot(browser, "a11y-" + language + name);
        List<String> violations = Axe.blocking(browser);
        if (!violations.isEmpty()) {
            found.put(language + " " + page, violations);
        }
    }
}
