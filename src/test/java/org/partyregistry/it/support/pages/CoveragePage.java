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
     * Types the date the report is as of, and leaves the field once it holds that date. Each try waits until no Ajax
     * request of the page is under way (choosing the base sends one), empties the field and types the date; when the
     * field then holds something else, the calendar is closed and the date typed again. The field is never clicked:
     * the calendar that opens on it covers the field, and a second click would land on one of its days.
     */
    public CoveragePage changeDate(LocalDate asOf) {
        waiting().until(driver -> {
            JavascriptExecutor script = (JavascriptExecutor) driver;
            if (!Boolean.TRUE.equals(script.executeScript(
                    "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"))) {
                return false;
            }
            WebElement input = driver.findElement(By.id("coverage:asOf_input"));
            script.executeScript("arguments[0].value = ''; arguments[0].focus();", input);
            input.sendKeys(asOf.toString());
            if (!asOf.toString().equals(input.getDomProperty("value"))) {
                input.sendKeys(Keys.ESCAPE);
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
