package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The compliance report: per activity type, how many were held and how many valid. */
public final class CompliancePage extends Page {

    CompliancePage(WebDriver browser) {
        super(browser);
    }

    /** The organization's report over the year to date (the page's default). */
    public static CompliancePage open(WebDriver browser, String base, long organizationId) {
        browser.get(base + "/report/compliance.xhtml?organization=" + organizationId);
        CompliancePage page = new CompliancePage(browser);
        page.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.id("complianceTable")));
        return page;
    }

    public String held(String type) {
        return cell(type, "held");
    }

    public String valid(String type) {
        return cell(type, "valid");
    }

    /** What the type's period in progress holds so far (empty when none is in progress). */
    public String inProgress(String type) {
        java.util.List<org.openqa.selenium.WebElement> line = browser.findElements(
                By.cssSelector("tr.compliance-" + type + " .in-progress"));
        return line.isEmpty() ? "" : line.get(0).getText().strip();
    }

    private String cell(String type, String column) {
        return browser.findElement(By.cssSelector("tr.compliance-" + type + " td." + column)).getText().strip();
    }
}
