package org.partyregistry.it.support.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyregistry.it.support.Chromium;

/**
 * A page of the application, driven by the stable component ids its views give: what a test reads and does on it,
 * and the waits that keep that robust. Every page has the layout ({@link Layout}: title and menu).
 */
public abstract class Page {

    /** How long a page gets to answer a click, unless a step says otherwise. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    protected final WebDriver browser;

    protected Page(WebDriver browser) {
        this.browser = browser;
    }

    public WebDriver browser() {
        return browser;
    }

    /** The address the browser shows. */
    public String url() {
        return browser.getCurrentUrl();
    }

    /**
     * Fetches this address within the browser's session (its cookies) and answers the bytes, or {@code null} when
     * the answer is not a success.
     */
    public byte[] fetch(String url) {
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.arrayBuffer() : null)
                  .then(b => { if (!b) { done(null); return; }
                    let s = ''; const a = new Uint8Array(b);
                    for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }
                    done(btoa(s)); })
                  .catch(() => done(null));""", url);
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    /**
     * Taps an element: scrolled to the middle of the screen as a person would, then clicked by script, so that a bar
     * fixed to the screen's edge (the phone's bottom navigation) or a closing drop-down cannot take the tap.
     */
    protected void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /**
     * Waits until the page has replaced {@code element} (a full page load or an Ajax update). ChromeDriver reports a
     * replaced element as stale or, while the document changes, as a node that does not belong to it: both count.
     */
    protected void awaitReplaced(WebElement element) {
        waiting().until(d -> {
            try {
                element.isDisplayed();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    /**
     * A real click on {@code element} once it is scrolled to the middle of the window, clear of the fixed bars at
     * the top and bottom of a phone's screen.
     */
    protected void clickCentered(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** How many CSS pixels the page is wider than the window: more than 0 means it scrolls sideways. */
    public long sidewaysOverflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "const e = document.scrollingElement; return e.scrollWidth - e.clientWidth;");
    }

    /** The page's title in the layout. */
    public String pageTitle() {
        return browser.findElement(By.cssSelector(".page-title")).getText();
    }

    /** The layout: the menu every signed-in page shows. */
    public Layout layout() {
        return new Layout(browser);
    }

    protected WebDriverWait waiting() {
        return waiting(WAIT);
    }

    /** A wait that tries again when an AJAX update replaced the element it was reading. */
    protected WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of the element with this id, without surrounding blanks. */
    protected String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** The text of the element with this id, without surrounding blanks, or "" when the page has none. */
    protected String textIfShown(String id) {
        return browser.findElements(By.id(id)).stream().map(e -> e.getText().strip()).findFirst().orElse("");
    }

    /** Waits until the current address contains {@code part}. */
    protected void awaitUrl(String part) {
        waiting().until(ExpectedConditions.urlContains(part));
    }

    /**
     * Waits for {@code condition}; when it times out the page is kept as target/screenshots/{name}.png and .html
     * before the test fails.
     */
    protected <T> T await(String name, Function<WebDriver, T> condition) {
        try {
            return waiting().until(condition::apply);
        } catch (TimeoutException e) {
            try {
                Chromium.keepPage(browser, name);
            } catch (IOException kept) {
                e.addSuppressed(new UncheckedIOException(kept));
            }
            throw e;
        }
    }
}
