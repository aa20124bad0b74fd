package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page. */
public final class LoginPage extends Page {

    private static final By ERROR = By.cssSelector("#login\\:messages .ui-messages-error-summary");

    private LoginPage(WebDriver browser) {
        super(browser);
    }

    public static LoginPage open(WebDriver browser, String base) {
        browser.get(base + "/login.xhtml");
        return new LoginPage(browser);
    }

    /**
     * Fills in and sends the form, whatever comes of it. When the page already shows an error, waits until the
     * answer has replaced it, so that {@link #error()} reads the new answer and not the last one.
     */
    public void attempt(String username, String password) {
        List<WebElement> before = browser.findElements(ERROR);
        var user = browser.findElement(By.id("login:username"));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        if (!before.isEmpty()) {
            awaitReplaced(before.get(0));
        }
    }

    /** Signs in and waits for the home page. */
    public Layout loginAs(String username, String password) {
        attempt(username, password);
        awaitUrl("/index.xhtml");
        return new Layout(browser);
    }

    /** The error the page shows, once it shows one. */
    public String error() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(ERROR)).getText();
    }
}
