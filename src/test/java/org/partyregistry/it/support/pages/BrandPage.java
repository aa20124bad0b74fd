package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A party-building brand's page: its figures, its record for a period, and recording an activity under it. */
public final class BrandPage extends Page {

    private BrandPage(WebDriver browser) {
        super(browser);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("activityCount")));
    }

    public static BrandPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/brand/detail.xhtml?id=" + id);
        return new BrandPage(browser);
    }

    public String slogan() {
        return text("slogan");
    }

    public String activityCount() {
        return text("activityCount");
    }

    public String periodActivities() {
        return text("periodActivities");
    }

    public String periodPresent() {
        return text("periodPresent");
    }

    public String organizationsReached() {
        return text("organizationsReached");
    }

    /** The record's table of organizations. */
    public String reportOrganizations() {
        return browser.findElement(By.id("report:organizations")).getText();
    }

    public List<WebElement> chartCanvases() {
        return browser.findElements(By.cssSelector("#report\\:chart canvas"));
    }

    /** Whether the page offers to change the brand's logo. */
    public boolean offersLogoChange() {
        return !browser.findElements(By.id("logoForm")).isEmpty();
    }

    /** Opens the fast entry of an activity under this brand. */
    public ActivityEntryPage recordActivity() {
        browser.findElement(By.id("recordActivity")).click();
        return new ActivityEntryPage(browser);
    }

    /** Asks for the record's workbook (see the test's downloads). */
    public void exportReport() {
        browser.findElement(By.id("report:export")).click();
    }
}
