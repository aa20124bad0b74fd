package org.partyregistry.it.support.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A study session: the attendance one day at a time, rates, the completion list and photos. */
public final class StudySessionPage extends Page {

    private StudySessionPage(WebDriver browser) {
        super(browser);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grid:save")));
    }

    public static StudySessionPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/activity/study.xhtml?id=" + id);
        return new StudySessionPage(browser);
    }

    /** One line per participant, for the chosen day. */
    public List<WebElement> lines() {
        return browser.findElements(By.cssSelector(".study-line"));
    }

    /** The day picker's buttons, one per day of the session. */
    public List<WebElement> days() {
        return browser.findElements(By.cssSelector("[id='grid:day'] .ui-button"));
    }

    private WebElement line(String name) {
        return lines().stream().filter(l -> l.findElement(By.cssSelector(".study-name")).getText().strip()
                .equals(name)).findFirst().orElseThrow();
    }

    /** The participant's mark on the chosen day: the label of the pressed button, or "" when not recorded. */
    public String mark(String name) {
        return line(name).findElements(By.cssSelector(".ui-button.ui-state-active")).stream()
                .map(e -> e.getText().strip()).findFirst().orElse("");
    }

    /** How many are present on the chosen day, as the page counts them. */
    public String presentCount() {
        return text("dayPresent");
    }

    /** Chooses day {@code day} (from 0) in the day picker and waits until the page shows it. */
    public StudySessionPage day(int day) {
        WebElement button = days().get(day);
        if (!button.getAttribute("class").contains("ui-state-active")) {
            WebElement before = browser.findElement(By.id("dayPresent"));
            tap(button);
            awaitReplaced(before);
            waiting().until(d -> days().get(day).getAttribute("class").contains("ui-state-active"));
        }
        return this;
    }

    /** Marks the participant on day {@code day} (from 0) with this label, e.g. 出席 or 请假. */
    public StudySessionPage mark(String name, int day, String label) {
        day(day);
        if (!mark(name).equals(label)) {
            // the button shows the mark at once; the day's counts come with the answer, which re-renders them
            WebElement counts = browser.findElement(By.id("dayPresent"));
            tap(line(name).findElements(By.cssSelector(".ui-button")).stream()
                    .filter(b -> b.getText().strip().equals(label)).findFirst().orElseThrow());
            waiting().until(d -> mark(name).equals(label));
            awaitReplaced(counts);
        }
        return this;
    }

    /** Marks everyone present on the chosen day. */
    public StudySessionPage allPresent() {
        WebElement before = browser.findElement(By.id("dayPresent"));
        tap(browser.findElement(By.id("grid:allPresent")));
        awaitReplaced(before);
        return this;
    }

    /** Saves the days opened or changed and waits for the note beside the button and the completion list. */
    public StudySessionPage save() {
        WebElement before = browser.findElement(By.id("completionList"));
        tap(browser.findElement(By.id("grid:save")));
        awaitReplaced(before);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("completionList")));
        waiting().until(d -> !text("grid:savedNote").isEmpty());
        return this;
    }

    /** The note beside the save button. */
    public String savedNote() {
        return text("grid:savedNote");
    }

    /** Who completed the session. */
    public List<String> completionList() {
        return browser.findElements(By.cssSelector("#completionList li.completed-member")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    public String rateTable() {
        return browser.findElement(By.id("rates:rateTable")).getText();
    }

    public String completionRule() {
        return browser.findElement(By.id("completionRule")).getText();
    }

    /** Uploads a photo and waits until the page shows it loaded, {@code width} pixels wide. */
    public StudySessionPage uploadPhoto(Path photo, int width) {
        browser.findElement(By.cssSelector("input[type='file'][id^='photos:upload']"))
                .sendKeys(photo.toAbsolutePath().toString());
        waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("img.photo-image")));
        WebElement shown = browser.findElement(By.cssSelector("img.photo-image"));
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === " + width, shown)));
        return this;
    }
}
