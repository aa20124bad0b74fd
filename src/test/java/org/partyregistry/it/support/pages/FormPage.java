package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A form page (registering a member, an enterprise): fields filled by their component ids, saved without Ajax, and
 * the errors it then shows, beside the fields and in the page's message list.
 */
public final class FormPage extends Page {

    private final String form;

    private FormPage(WebDriver browser, String form) {
        super(browser);
        this.form = form;
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(form + ":save")));
    }

    /** The registration of a member in this organization. */
    public static FormPage memberRegistration(WebDriver browser, String base, long organizationId) {
        browser.get(base + "/member/register.xhtml?organization=" + organizationId);
        return new FormPage(browser, "register");
    }

    /** A new enterprise. */
    public static FormPage newEnterprise(WebDriver browser, String base) {
        browser.get(base + "/enterprise/edit.xhtml");
        return new FormPage(browser, "edit");
    }

    /** The element one types into: a date picker's input, or the field itself. */
    private WebElement input(String field) {
        List<WebElement> dateInput = browser.findElements(By.id(form + ":" + field + "_input"));
        return dateInput.isEmpty() ? browser.findElement(By.id(form + ":" + field)) : dateInput.get(0);
    }

    private boolean isDate(String field) {
        return !browser.findElements(By.id(form + ":" + field + "_input")).isEmpty()
                && browser.findElement(By.id(form + ":" + field)).getAttribute("class").contains("ui-calendar");
    }

    /**
     * Types into a text field, or puts a date into a date picker's input as typed text (its calendar, which traps the
     * keyboard while open, stays closed so that the next field gets what is typed next).
     */
    public FormPage type(String field, String text) {
        WebElement input = input(field);
        if (isDate(field)) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
        } else {
            input.clear();
            input.sendKeys(text);
            input.sendKeys(Keys.TAB);
        }
        return this;
    }

    /** Chooses an option of a plain select by its visible text. */
    public FormPage choose(String field, String label) {
        new Select(browser.findElement(By.id(form + ":" + field))).selectByVisibleText(label);
        return this;
    }

    /** Chooses the first real option of a plain select. */
    public FormPage chooseFirst(String field) {
        new Select(browser.findElement(By.id(form + ":" + field))).selectByIndex(1);
        return this;
    }

    /** Saves and waits for the page to come back. */
    public FormPage save() {
        WebElement before = browser.findElement(By.id(form + ":save"));
        before.click();
        awaitReplaced(before);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(form + ":save")));
        return this;
    }

    /** The error shown beside a field (in the field's row), or "" when none. */
    public String errorBeside(String field) {
        return browser.findElements(By.xpath("//*[@id='" + form + ":" + field + "']/ancestor::div[contains("
                        + "concat(' ', @class, ' '), ' field ')][1]//*[contains(@class, 'ui-message-error')]"))
                .stream().map(e -> e.getText().strip()).findFirst().orElse("");
    }

    /** The texts of every error message the page shows, beside fields or in its message list. */
    public List<String> errors() {
        return browser.findElements(By.cssSelector(".ui-message-error, .ui-messages-error-summary")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getText().strip()).toList();
    }

    /** What the field holds. */
    public String value(String field) {
        WebElement input = input(field);
        return input.getAttribute("value");
    }

    /** True when the field is marked invalid. */
    public boolean invalid(String field) {
        WebElement input = input(field);
        return input.getAttribute("class").contains("ui-state-error");
    }
}
