package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The list of enterprises, e.g. those a number of the coverage report counts. */
public final class EnterpriseListPage extends Page {

    EnterpriseListPage(WebDriver browser) {
        super(browser);
    }

    /** What the paginator says: how many, and which are shown. */
    public String paginator() {
        return browser.findElement(By.cssSelector(".ui-paginator-current")).getText();
    }

    /** The cells that show this coverage (e.g. NONE). */
    public List<WebElement> withCoverage(String coverage) {
        return browser.findElements(By.cssSelector("#enterprises\\:table .coverage-" + coverage));
    }
}
