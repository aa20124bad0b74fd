package org.partyregistry.it.support.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Importing a roster workbook: the result, or the rows at fault. */
public final class ImportPage extends Page {

    private static final Duration IMPORT = Duration.ofSeconds(60);

    ImportPage(WebDriver browser) {
        super(browser);
        awaitUrl("import.xhtml");
    }

    /** Uploads the workbook and waits for a new result. */
    public ImportPage upload(Path file) {
        var before = browser.findElements(By.cssSelector("#import\\:result > *"));
        browser.findElement(By.cssSelector("#import\\:upload input[type=file]")).sendKeys(file.toString());
        waiting(IMPORT).until(driver -> {
            var now = driver.findElements(By.cssSelector("#import\\:result > *"));
            return !now.isEmpty() && (before.isEmpty() || !now.get(0).equals(before.get(0)));
        });
        return this;
    }

    /** What the page says when nothing was imported. */
    public String failure() {
        return browser.findElement(By.id("import:failed")).getText();
    }

    /** The rows at fault: row, column and message, separated by blanks. */
    public List<String> errorRows() {
        return browser.findElements(By.cssSelector("#import\\:errors_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getText().strip())
                        .reduce((x, y) -> x + " " + y).orElse(""))
                .toList();
    }

    /** Whether the page offers the error report to download. */
    public boolean offersErrorReport() {
        return browser.findElements(By.id("import:errorReport")).size() == 1;
    }

    /** What the page says once the members are in. */
    public String success() {
        return waiting(IMPORT).until(ExpectedConditions.visibilityOfElementLocated(By.id("import:imported")))
                .getText();
    }

    public RosterPage openRoster() {
        browser.findElement(By.id("import:toRoster")).click();
        return new RosterPage(browser);
    }
}
