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
        List<WebElement> line = browser.findElements(By.cssSelector("#statusCard\\:homeStatus .status-line[data-type='"
                + type + "']"));
        return line.isEmpty() ? "" : line.get(0).getText().strip();
    }

    public String held(String type) {
        return figure(type, "status-held");
    }

    public String owed(String type) {
        return figure(type, "status-owed");
    }

    private String figure(String type, String css) {
        return browser.findElement(By.cssSelector("#statusCard\\:homeStatus .status-line[data-type='" + type + "'] ."
                + css)).getText().strip();
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
        browser.findElement(By.id("statusCard:recordActivity")).click();
        awaitUrl("record.xhtml");
        return new ActivityEntryPage(browser);
    }

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

    /** Staff: the zone's compliance rate this year so far, once its card has been filled after the page loaded. */
    public String zoneRate() {
        return filled("zoneComplianceRate");
    }

    public String behindCount() {
        return filled("zoneBehind");
    }

    /** Staff: the zone's organization coverage rate today, once its card has been filled. */
    public String zoneCoverageRate() {
        return filled("zoneOrganizationRate");
    }

    /** Members 6 months or more behind with dues, once the dues card has been filled. */
    public String duesAlerts() {
        return filled("duesAlerts");
    }

    /** Rule H2: the text of a figure in a card the page fills after it has loaded. */
    private String filled(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().strip();
    }

    public MatrixPage openMatrix() {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("complianceCard:openMatrix"))).click();
        return new MatrixPage(browser);
    }
}
