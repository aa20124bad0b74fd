package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page. */
public final class LoginPage extends Page {

    private LoginPage(WebDriver browser) {
        super(browser);
    }

    public static LoginPage open(WebDriver browser, String base) {
        browser.get(base + "/login.xhtml");
        return new LoginPage(browser);
    }

    /** Fills in and sends the form, whatever comes of it. */
    public void attempt(String username, String password) {
        var user = browser.findElement(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** Signs in and waits for the home page. */
    public Layout loginAs(String username, String password) {
        attempt(username, password);
        awaitUrl("/index.xhtml");
        return new Layout(browser);
    }

    /** The error the page shows, once it shows one. */
    public String error() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#login\\:messages .ui-messages-error-summary"))).getText();
    }
}
