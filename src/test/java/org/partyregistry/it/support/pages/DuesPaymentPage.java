package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Recording a member's dues payment. */
public final class DuesPaymentPage extends Page {

    private static final By MESSAGE = By.cssSelector("#messages .ui-messages-info-summary");

    DuesPaymentPage(WebDriver browser) {
        super(browser);
        awaitUrl("pay.xhtml");
    }

    /** Pays these months (as the page labels them, e.g. 2026-03) with this amount and waits for the message. */
    public DuesPaymentPage pay(List<String> months, String amount) {
        for (String month : months) {
            browser.findElement(By.xpath("//*[@id='payment:months']//label[normalize-space()='" + month + "']"))
                    .click();
        }
        WebElement input = browser.findElement(By.id("payment:amount_input"));
        input.clear();
        input.sendKeys(amount);
        browser.findElement(By.id("payment:record")).click();
        await("dues-payment-failed", ExpectedConditions.visibilityOfElementLocated(MESSAGE)::apply);
        return this;
    }

    public String message() {
        return browser.findElement(MESSAGE).getText().strip();
    }

    /** The months of each payment recorded, as the table shows them. */
    public List<String> paidMonths() {
        return browser.findElements(By.cssSelector("#payment\\:payments_data tr")).stream()
                .map(r -> r.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > 1)
                .map(cells -> cells.get(1).getText().strip()).toList();
    }
}
