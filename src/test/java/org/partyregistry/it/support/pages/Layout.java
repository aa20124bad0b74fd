package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The layout around every signed-in page: title, menu, language switch and sign-out. */
public final class Layout extends Page {

    public Layout(WebDriver browser) {
        super(browser);
    }

    public OrganizationTreePage openTree() {
        browser.findElement(By.id("nav:tree")).click();
        awaitUrl("tree.xhtml");
        return new OrganizationTreePage(browser);
    }

    public CoveragePage openCoverage() {
        browser.findElement(By.id("nav:coverage")).click();
        awaitUrl("coverage.xhtml");
        return new CoveragePage(browser);
    }

    /** Switches the interface's language and waits for the page title to read {@code expectedTitle}. */
    public void switchLanguage(String expectedTitle) {
        browser.findElement(By.id("nav:lang")).click();
        waiting(java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector(".page-title"), expectedTitle));
    }

    public void signOut() {
        browser.findElement(By.id("nav:logout")).click();
    }
}
