package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The activity list of an organization. */
public final class ActivityListPage extends Page {

    ActivityListPage(WebDriver browser) {
        super(browser);
    }

    public List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#activities\\:table tr.activity-row"));
    }

    /** True when the rows are shown as cards: each cell on its own line, headed by its column's title. */
    public boolean rowsAsCards() {
        WebElement cell = rows().get(0).findElement(By.cssSelector("td"));
        return "block".equals(cell.getCssValue("display"))
                && cell.findElement(By.cssSelector(".ui-column-title")).isDisplayed();
    }

    public CompliancePage openCompliance() {
        browser.findElement(By.id("activities:compliance")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("complianceTable")));
        return new CompliancePage(browser);
    }

    /** The type the list is narrowed to (empty when it shows every type). */
    public String typeFilter() {
        List<WebElement> badge = browser.findElements(By.id("activities:filterType"));
        return badge.isEmpty() ? "" : badge.get(0).getText().strip();
    }
}
