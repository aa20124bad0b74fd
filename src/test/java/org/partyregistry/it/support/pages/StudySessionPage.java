package org.partyregistry.it.support.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A study session: the day x participant attendance grid, rates, the completion list and photos. */
public final class StudySessionPage extends Page {

    private StudySessionPage(WebDriver browser) {
        super(browser);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("grid:save")));
    }

    public static StudySessionPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/activity/study.xhtml?id=" + id);
        return new StudySessionPage(browser);
    }

    /** One line per participant. */
    public List<WebElement> lines() {
        return browser.findElements(By.cssSelector("tr.study-line"));
    }

    private WebElement line(String name) {
        return lines().stream().filter(l -> l.findElement(By.cssSelector(".study-name")).getText().strip()
                .equals(name)).findFirst().orElseThrow();
    }

    /** The participant's mark for each day. */
    public List<WebElement> marks(String name) {
        return line(name).findElements(By.cssSelector("select.study-mark"));
    }

    /** Marks the participant on day {@code day} (from 0) with this label, e.g. 出席 or 请假. */
    public StudySessionPage mark(String name, int day, String label) {
        new Select(marks(name).get(day)).selectByVisibleText(label);
        return this;
    }

    /** Saves the grid and waits for the completion list to come back. */
    public StudySessionPage save() {
        WebElement before = browser.findElement(By.id("completionList"));
        browser.findElement(By.id("grid:save")).click();
        waiting().until(ExpectedConditions.stalenessOf(before));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("completionList")));
        return this;
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
