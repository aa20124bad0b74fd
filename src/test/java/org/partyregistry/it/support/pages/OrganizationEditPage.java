package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The form that founds or edits an organization. */
public final class OrganizationEditPage extends Page {

    OrganizationEditPage(WebDriver browser) {
        super(browser);
    }

    public String parentName() {
        return browser.findElement(By.id("parentName")).getText();
    }

    public OrganizationEditPage name(String name) {
        var field = browser.findElement(By.id("edit:name"));
        field.clear();
        field.sendKeys(name);
        return this;
    }

    /** Saves and waits for the organization's page. */
    public OrganizationDetailPage save() {
        browser.findElement(By.id("edit:save")).click();
        awaitUrl("detail.xhtml");
        return new OrganizationDetailPage(browser);
    }
}
