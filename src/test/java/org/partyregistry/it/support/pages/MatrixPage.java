package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The zone-wide compliance table: organizations in tree order against activity types, with drill-down links. */
public final class MatrixPage extends Page {

    MatrixPage(WebDriver browser) {
        super(browser);
        awaitUrl("matrix.xhtml");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matrixTable")));
    }

    public static MatrixPage open(WebDriver browser, String base, long organizationId) {
        browser.get(base + "/report/matrix.xhtml?organization=" + organizationId);
        return new MatrixPage(browser);
    }

    /** Last calendar year, and waits for the table to be drawn again. */
    public MatrixPage lastYear() {
        redraw(() -> browser.findElement(By.id("matrix:lastYear")).click());
        return this;
    }

    /** Ticks "only those behind", asks again and waits for the table. */
    public MatrixPage behindOnly() {
        browser.findElement(By.cssSelector("[id='matrix:behindOnly'] .ui-chkbox-box")).click();
        redraw(() -> browser.findElement(By.id("matrix:show")).click());
        return this;
    }

    private void redraw(Runnable action) {
        WebElement table = browser.findElement(By.id("matrixTable"));
        action.run();
        awaitReplaced(table);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matrixTable")));
    }

    /** The organizations' names, in the table's order. */
    public List<String> organizations() {
        return browser.findElements(By.cssSelector("#matrixTable tr.matrix-row a.org-report")).stream()
                .map(a -> a.getText().strip()).toList();
    }

    /** The cell's text ("valid / required", and what is missing). */
    public String cell(long organizationId, String type) {
        return cellElement(organizationId, type).getText().strip();
    }

    public String rate(long organizationId) {
        return browser.findElement(By.cssSelector("#matrixTable tr[data-organization='" + organizationId
                + "'] td.rate")).getText().strip();
    }

    /** Follows the cell's valid count to the activities behind it. */
    public ActivityListPage openActivities(long organizationId, String type) {
        cellElement(organizationId, type).findElement(By.cssSelector("a.activities")).click();
        awaitUrl("list.xhtml");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("activities:table")));
        return new ActivityListPage(browser);
    }

    private WebElement cellElement(long organizationId, String type) {
        return browser.findElement(By.cssSelector("#matrixTable tr[data-organization='" + organizationId
                + "'] td.cell-" + type));
    }
}
