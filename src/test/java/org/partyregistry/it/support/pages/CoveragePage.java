package org.partyregistry.it.support.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The coverage report: totals by park on a date, for a base, with drill-down and export. */
public final class CoveragePage extends Page {

    private static final By TOTAL_ENTERPRISES = By.id("totalEnterprises");

    CoveragePage(WebDriver browser) {
        super(browser);
    }

    /** The number of enterprises in the base on the date, as shown. */
    public String totalEnterprises() {
        return browser.findElement(TOTAL_ENTERPRISES).getText();
    }

    /** Chooses the base by the label of its option, e.g. 全部在营企业. */
    public CoveragePage chooseBase(String label) {
        browser.findElement(By.xpath("//div[@id='coverage:base']//*[contains(text(),'" + label + "')]")).click();
        return this;
    }

    /**
     * Types the date the report is as of, and leaves the field once it holds that date: an Ajax update still under
     * way (after choosing the base, say) may replace the field while it is typed into, so typing is tried again.
     * The field is focused by script, not clicked: the calendar that opened on the first try covers the field, and a
     * second click would land on one of its days.
     */
    public CoveragePage changeDate(LocalDate asOf) {
        waiting().until(driver -> {
            WebElement input = driver.findElement(By.id("coverage:asOf_input"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), asOf.toString());
            if (!asOf.toString().equals(input.getDomProperty("value"))) {
                return false;
            }
            input.sendKeys(Keys.TAB);
            return true;
        });
        return this;
    }

    /** Waits until the total number of enterprises reads {@code expected}. */
    public CoveragePage awaitTotalEnterprises(String expected) {
        waiting().until(ExpectedConditions.textToBe(TOTAL_ENTERPRISES, expected));
        return this;
    }

    /** Asks for the workbook (see the test's downloads). */
    public void export() {
        browser.findElement(By.id("coverage:export")).click();
    }

    /** The total of enterprises with this coverage (e.g. NONE), as the link in the total row shows it. */
    public String total(String coverage) {
        return totalLink(coverage).getText();
    }

    /** Follows the total of enterprises with this coverage to the enterprises it counts. */
    public EnterpriseListPage drillIntoTotal(String coverage) {
        totalLink(coverage).click();
        awaitUrl("enterprise/list.xhtml");
        return new EnterpriseListPage(browser);
    }

    private org.openqa.selenium.WebElement totalLink(String coverage) {
        return browser.findElement(By.cssSelector(".total-row a.drill-" + coverage));
    }
}
