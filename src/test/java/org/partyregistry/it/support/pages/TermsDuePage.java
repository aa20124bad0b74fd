package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Terms due for election, and the organizations with no term on record (a page at a time). */
public final class TermsDuePage extends Page {

    TermsDuePage(WebDriver browser) {
        super(browser);
    }

    public static TermsDuePage open(WebDriver browser, String base) {
        browser.get(base + "/organization/terms-due.xhtml");
        return new TermsDuePage(browser);
    }

    /** The names in the shown page of organizations with no term on record. */
    public List<String> withoutTerm() {
        return browser.findElements(By.cssSelector("#missingForm\\:missing tbody a")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Shows the next page of organizations with no term on record. */
    public TermsDuePage nextWithoutTerm() {
        WebElement first = browser.findElement(By.cssSelector("#missingForm\\:missing tbody a"));
        browser.findElement(By.cssSelector("#missingForm\\:missing .ui-paginator-next")).click();
        awaitReplaced(first);
        return this;
    }
}
