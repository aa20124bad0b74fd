package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A branch's dues for a year: each member's category, income and amount, proposed and confirmed. */
public final class DuesYearPage extends Page {

    DuesYearPage(WebDriver browser) {
        super(browser);
        awaitUrl("year.xhtml");
    }

    public static DuesYearPage fromOrganization(WebDriver browser, String base, long organizationId) {
        return OrganizationDetailPage.open(browser, base, organizationId).openDuesYear();
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("#year\\:sheet_data tr")).stream()
                .filter(r -> !r.findElements(By.linkText(name)).isEmpty()).findFirst().orElseThrow();
    }

    public String state(String name) {
        return cell(name, "state");
    }

    public String proposed(String name) {
        return cell(name, "proposed");
    }

    public String monthly(String name) {
        return cell(name, "monthly");
    }

    private String cell(String name, String id) {
        return row(name).findElement(By.cssSelector("[id$=':" + id + "']")).getText().strip();
    }

    /** Enters a member's category (its value, e.g. STUDENT) and monthly income. */
    public DuesYearPage enter(String name, String category, String income) {
        WebElement row = row(name);
        new Select(row.findElement(By.tagName("select"))).selectByValue(category);
        WebElement input = row.findElement(By.cssSelector("input[id$='income_input']"));
        input.clear();
        input.sendKeys(income);
        return this;
    }

    /** Has the amounts worked out and waits until every row is 已测算. */
    public DuesYearPage propose() {
        return submit("year:propose", "已测算");
    }

    /** Confirms every amount and waits until every row is 已确定. */
    public DuesYearPage confirmAll() {
        return submit("year:confirmAll", "已确定");
    }

    private DuesYearPage submit(String button, String expectedState) {
        browser.findElement(By.id(button)).click();
        await("dues-year-" + expectedState.length() + "-failed", driver -> driver
                .findElements(By.cssSelector("#year\\:sheet_data [id$=':state']")).stream()
                .allMatch(e -> expectedState.equals(e.getText().strip())));
        return this;
    }

    public DuesArrearsPage openArrears() {
        browser.findElement(By.id("year:arrears")).click();
        return new DuesArrearsPage(browser);
    }
}
