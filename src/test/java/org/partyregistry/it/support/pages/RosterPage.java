package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An organization's roster of members. */
public final class RosterPage extends Page {

    RosterPage(WebDriver browser) {
        super(browser);
        awaitUrl("roster.xhtml");
    }

    /** The viewer's own roster (a secretary's: their organization's members). */
    public static RosterPage open(WebDriver browser, String base) {
        browser.get(base + "/member/roster.xhtml");
        return new RosterPage(browser);
    }

    public static RosterPage fromOrganization(WebDriver browser, String base, long organizationId) {
        return OrganizationDetailPage.open(browser, base, organizationId).openRoster();
    }

    public ImportPage openImport() {
        browser.findElement(By.id("roster:import")).click();
        return new ImportPage(browser);
    }

    /** The members' names, in the roster's order. */
    public List<String> names() {
        return browser.findElements(By.cssSelector("#roster\\:members_data a")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    public MemberPage open(String name) {
        browser.findElement(By.linkText(name)).click();
        return new MemberPage(browser);
    }

    /** Ticks the member's row (the roster of a branch with party groups has a tick box per row). */
    public RosterPage tick(String name) {
        WebElement row = row(name);
        clickCentered(row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")));
        waiting().until(d -> row(name).getAttribute("aria-selected").equals("true"));
        return this;
    }

    /** Places the ticked members in the group chosen by its name and waits for the roster to show it. */
    public RosterPage placeTicked(String group, String... names) {
        new Select(browser.findElement(By.id("roster:bulkGroup"))).selectByVisibleText(group);
        clickCentered(browser.findElement(By.id("roster:bulkPlace")));
        await("roster-place-" + group, d -> java.util.Arrays.stream(names)
                .allMatch(n -> row(n).getText().contains(group)));
        return this;
    }

    /** True when each row shows as a card: each cell on its own line with its column's title. */
    public boolean rowsAsCards() {
        WebElement cell = browser.findElement(By.cssSelector("#roster\\:members_data > tr > td:not(.ui-selection-column)"));
        return "block".equals(cell.getCssValue("display"))
                && cell.findElement(By.cssSelector(".ui-column-title")).isDisplayed();
    }

    /**
     * True when a tap anywhere in a square of this many CSS pixels around the centre of the member's tick box lands on
     * the tick box (its corners and the middle of each side are tried).
     */
    public boolean tickReachable(String name, int size) {
        WebElement box = row(name).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box"));
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const box = arguments[0], half = arguments[1] / 2 - 1;
                box.scrollIntoView({block: 'center'});
                const r = box.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
                return [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]].every(([dx, dy]) => {
                    const hit = document.elementFromPoint(x + dx * half, y + dy * half);
                    return hit !== null && (hit === box || box.contains(hit));
                });""", box, size);
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("#roster\\:members_data > tr")).stream()
                .filter(tr -> !tr.findElements(By.linkText(name)).isEmpty()).findFirst()
                .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(name));
    }
}
