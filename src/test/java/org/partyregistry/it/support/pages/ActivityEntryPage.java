package org.partyregistry.it.support.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The fast entry of an activity: type, attendance line by line, save. */
public final class ActivityEntryPage extends Page {

    ActivityEntryPage(WebDriver browser) {
        super(browser);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entry:save")));
    }

    public static ActivityEntryPage open(WebDriver browser, String base) {
        browser.get(base + "/activity/record.xhtml");
        return new ActivityEntryPage(browser);
    }

    public String organizationName() {
        return browser.findElement(By.id("organizationName")).getText();
    }

    /** The label of the brand the activity is recorded under. */
    public String brand() {
        return text("entry:brand_label");
    }

    /** One line per member to mark. */
    public List<WebElement> members() {
        return browser.findElements(By.cssSelector(".attendance-line"));
    }

    public String presentCount() {
        return browser.findElement(By.id("presentCount")).getText().strip();
    }

    /** Chooses the activity type by its label and waits until the field shows it. */
    public ActivityEntryPage type(String label) {
        browser.findElement(By.id("entry:type")).click();
        WebElement item = waiting(Duration.ofSeconds(20)).until(ExpectedConditions
                .elementToBeClickable(By.cssSelector("#entry\\:type_items li[data-label='" + label + "']")));
        item.click();
        waiting(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("entry:type_label"), label));
        return this;
    }

    /** Whether the type list offers this type (by its label). */
    public boolean offersType(String label) {
        return !browser.findElements(By.cssSelector("#entry\\:type_items li[data-label='" + label + "']")).isEmpty();
    }

    /** Chooses the party group a group meeting recorded from the branch is of, and waits for its members. */
    public ActivityEntryPage group(String name, int members) {
        new Select(waiting().until(ExpectedConditions.elementToBeClickable(By.id("entry:group"))))
                .selectByVisibleText(name);
        await("entry-group-" + name, d -> members().size() == members
                && presentCount().equals(String.valueOf(members)));
        return this;
    }

    /** The names on the attendance list. */
    public List<String> names() {
        return browser.findElements(By.cssSelector(".attendance-name")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Marks the member on this line (from 0) absent and waits for the present count to change. */
    public ActivityEntryPage markAbsent(int line) {
        String before = presentCount();
        List<WebElement> options = browser.findElements(By.cssSelector(
                "[id='entry:lines:" + line + ":mark'] .ui-button"));
        tap(options.get(2));
        waiting(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !presentCount().equals(before));
        return this;
    }

    /** Opens the folded "location, topic, host and minutes" section and waits for its fields. */
    public ActivityEntryPage openMore() {
        tap(browser.findElement(By.cssSelector("#entry\\:more .ui-fieldset-legend")));
        waiting(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:topic")));
        return this;
    }

    /** Taps the topic field and types it. */
    public ActivityEntryPage topic(String topic) {
        WebElement field = browser.findElement(By.id("entry:topic"));
        tap(field);
        field.sendKeys(topic);
        return this;
    }

    /** Saves and waits for the organization's activity list. */
    public ActivityListPage save() {
        browser.findElement(By.id("entry:save")).click();
        awaitUrl("list.xhtml");
        return new ActivityListPage(browser);
    }
}
