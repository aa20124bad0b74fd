package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The layout around every signed-in page: title, menu, language switch and sign-out. */
public final class Layout extends Page {

    public Layout(WebDriver browser) {
        super(browser);
    }

    public OrganizationTreePage openTree() {
        browser.findElement(By.id("nav:tree")).click();
        awaitUrl("tree.xhtml");
        return new OrganizationTreePage(browser);
    }

    public CoveragePage openCoverage() {
        browser.findElement(By.id("nav:coverage")).click();
        awaitUrl("coverage.xhtml");
        return new CoveragePage(browser);
    }

    /** Switches the interface's language and waits for the page title to read {@code expectedTitle}. */
    public void switchLanguage(String expectedTitle) {
        browser.findElement(By.id("nav:lang")).click();
        waiting(java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector(".page-title"), expectedTitle));
    }

    /** The phone's bottom navigation: each item's id and its height and width in CSS pixels, in order. */
    public List<Target> bottomNavigation() {
        return browser.findElements(By.cssSelector("#bottomNav .bottom-item")).stream()
                .filter(WebElement::isDisplayed)
                .map(e -> new Target(e.getAttribute("id"), e.getSize().getHeight(), e.getSize().getWidth()))
                .toList();
    }

    /** An item one taps: its id and size. */
    public record Target(String id, int height, int width) {
    }

    /** Taps "record" in the phone's bottom navigation: the entry of an activity. */
    public ActivityEntryPage tapRecord() {
        browser.findElement(By.id("navRecord")).click();
        return new ActivityEntryPage(browser);
    }

    /** Taps "activities" in the phone's bottom navigation. */
    public ActivityListPage tapActivities() {
        browser.findElement(By.id("navActivities")).click();
        awaitUrl("activity/list.xhtml");
        return new ActivityListPage(browser);
    }

    /** Opens the phone's "more" sheet and answers the ids of the entries it offers. */
    public List<String> openMore() {
        browser.findElement(By.id("navMore")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("more:moreMenu")));
        return browser.findElements(By.cssSelector("#more\\:moreMenu a.ui-menuitem-link")).stream()
                .map(e -> e.getAttribute("id")).toList();
    }

    /** True when the desktop menu bar is shown. */
    public boolean deskMenuShown() {
        return browser.findElement(By.id("nav:menu")).isDisplayed();
    }

    /** How many lines the desktop menu bar's entries take. */
    public long deskMenuLines() {
        // in one script: two WebDriver calls per entry made this the slowest part of a page's check
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const tops = new Set();
                document.querySelectorAll('#nav\\\\:menu > .ui-menu-list > .ui-menuitem').forEach(e => {
                    const box = e.getBoundingClientRect();
                    if (box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden') {
                        tops.add(Math.round(box.top + window.scrollY));
                    }
                });
                return tops.size;""");
    }

    /**
     * Signs out and waits for the sign-in page the server redirects to. Without the wait, a test that opened the
     * sign-in page at once could render it in the old session, which the sign-out then ended: its form would come
     * back as an expired view ("login.xhtml?expired=true") instead of signing in.
     */
    public void signOut() {
        browser.findElement(By.id("nav:logout")).click();
        awaitUrl("/login.xhtml");
    }
}
