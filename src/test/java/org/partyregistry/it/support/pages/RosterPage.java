package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An organization's roster of members. */
public final class RosterPage extends Page {

    RosterPage(WebDriver browser) {
        super(browser);
        awaitUrl("roster.xhtml");
    }

    public static RosterPage fromOrganization(WebDriver browser, String base, long organizationId) {
        return OrganizationDetailPage.open(browser, base, organizationId).openRoster();
    }

    public ImportPage openImport() {
        browser.findElement(By.id("roster:import")).click();
        return new ImportPage(browser);
    }

    /** The members' names, in the roster's order. */
    public List<String> names() {
        return browser.findElements(By.cssSelector("#roster\\:members_data a")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    public MemberPage open(String name) {
        browser.findElement(By.linkText(name)).click();
        return new MemberPage(browser);
    }
}
