package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Members behind with their dues. */
public final class DuesArrearsPage extends Page {

    DuesArrearsPage(WebDriver browser) {
        super(browser);
        awaitUrl("arrears.xhtml");
    }

    public static DuesArrearsPage open(WebDriver browser, String base, long organizationId) {
        browser.get(base + "/dues/arrears.xhtml?organization=" + organizationId);
        return new DuesArrearsPage(browser);
    }

    public List<String> names() {
        return browser.findElements(By.cssSelector("#arrears\\:arrearsTable_data a")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Opens the payment of the member of this name. */
    public DuesPaymentPage open(String name) {
        browser.findElement(By.linkText(name)).click();
        return new DuesPaymentPage(browser);
    }
}
