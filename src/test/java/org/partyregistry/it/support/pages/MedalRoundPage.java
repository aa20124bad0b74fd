package org.partyregistry.it.support.pages;

import java.util.NoSuchElementException;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The "50 years in the Party" medal round of a year: candidates, their state and the steps on them. */
public final class MedalRoundPage extends Page {

    private MedalRoundPage(WebDriver browser) {
        super(browser);
        waiting().until(d -> !d.findElements(By.id("round:candidates")).isEmpty());
    }

    public static MedalRoundPage open(WebDriver browser, String base, int year) {
        browser.get(base + "/award/medal.xhtml?year=" + year);
        return new MedalRoundPage(browser);
    }

    /** The candidate's row. */
    public WebElement row(String name) {
        return browser.findElements(By.cssSelector("#round\\:candidates_data tr")).stream()
                .filter(r -> !r.findElements(By.linkText(name)).isEmpty()).findFirst().orElseThrow();
    }

    public String state(String name) {
        return row(name).findElement(By.cssSelector("[id$=':state']")).getText().strip();
    }

    public String years(String name) {
        return row(name).findElement(By.cssSelector("[id$=':years']")).getText().strip();
    }

    /** Whether the candidate's row offers this step (confirm, approve, award, exclude). */
    public boolean offers(String name, String step) {
        return !row(name).findElements(By.cssSelector("[id$=':" + step + "']")).isEmpty();
    }

    /** The branch confirms the candidate. */
    public MedalRoundPage confirm(String name) {
        return step(name, "confirm", "支部已确认");
    }

    /** The committee approves the candidate. */
    public MedalRoundPage approve(String name) {
        return step(name, "approve", "已审批");
    }

    /** The committee awards the medal on the ceremony date. */
    public MedalRoundPage award(String name) {
        return step(name, "award", "已颁发");
    }

    /** The branch excludes the candidate for this reason. */
    public MedalRoundPage exclude(String name, String reason) {
        row(name).findElement(By.cssSelector("input[id$=':reason']")).sendKeys(reason);
        return step(name, "exclude", "已排除");
    }

    /** The date the medals are awarded on, as the field holds it. */
    public String ceremonyDate() {
        return browser.findElement(By.id("round:ceremonyOn_input")).getAttribute("value");
    }

    /** Where the candidate's certificate link points. */
    public String certificateLink(String name) {
        return row(name).findElement(By.cssSelector("a[id$=':certificate']")).getAttribute("href");
    }

    private MedalRoundPage step(String name, String button, String expectedState) {
        row(name).findElement(By.cssSelector("button[id$=':" + button + "']")).click();
        await("medal-" + button + "-failed", d -> {
            try {
                return expectedState.equals(state(name));
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
        return this;
    }
}
