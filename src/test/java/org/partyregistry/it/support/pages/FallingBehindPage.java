package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The organizations falling behind with their required activities. */
public final class FallingBehindPage extends Page {

    private final WebElement table;

    private FallingBehindPage(WebDriver browser) {
        super(browser);
        table = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("behind:table")));
    }

    public static FallingBehindPage open(WebDriver browser, String base) {
        browser.get(base + "/report/behind.xhtml");
        return new FallingBehindPage(browser);
    }

    /** The links in the table to the organization of this name. */
    public List<WebElement> linksTo(String organizationName) {
        return table.findElements(By.linkText(organizationName));
    }
}
