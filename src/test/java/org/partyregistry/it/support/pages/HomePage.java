package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page: a secretary's status of the quarter with the record button; staff's compliance figures. */
public final class HomePage extends Page {

    HomePage(WebDriver browser) {
        super(browser);
        awaitUrl("index.xhtml");
    }

    public static HomePage open(WebDriver browser, String base) {
        browser.get(base + "/index.xhtml");
        return new HomePage(browser);
    }

    /** The quarter's line of this activity type (by its code): what is owed so far, held, still missing. */
    public String status(String type) {
        List<WebElement> line = browser.findElements(By.cssSelector("#homeStatus .status-line[data-type='" + type
                + "']"));
        return line.isEmpty() ? "" : line.get(0).getText().strip();
    }

    public String held(String type) {
        return figure(type, "status-held");
    }

    public String owed(String type) {
        return figure(type, "status-owed");
    }

    private String figure(String type, String css) {
        return browser.findElement(By.cssSelector("#homeStatus .status-line[data-type='" + type + "'] ." + css))
                .getText().strip();
    }

    /** The quarter's totals: owed so far, held, still missing. */
    public String totalHeld() {
        return text("statusHeld");
    }

    public String totalMissing() {
        return text("statusMissing");
    }

    /** The big "record an activity" button. */
    public ActivityEntryPage recordActivity() {
        browser.findElement(By.id("recordActivity")).click();
        awaitUrl("record.xhtml");
        return new ActivityEntryPage(browser);
    }

    /** Staff: the zone's compliance rate this year so far. */
    /** The home page's count of active organizations of this type in the viewer's scope ("" when none). */
    public String organizations(String type) {
        List<WebElement> card = browser.findElements(By.cssSelector(".organization-count[data-type='" + type
                + "'] .stat-value"));
        return card.isEmpty() ? "" : card.get(0).getText().trim();
    }

    /** How many organizations that elect a committee have no term on record. */
    public String termsMissing() {
        return text("termsMissing");
    }

    public String zoneRate() {
        return text("zoneComplianceRate");
    }

    public String behindCount() {
        return text("zoneBehind");
    }

    public MatrixPage openMatrix() {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("openMatrix"))).click();
        return new MatrixPage(browser);
    }
}
