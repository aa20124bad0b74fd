package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An organization's page, with its terms and the ways to its roster and its dues year. */
public final class OrganizationDetailPage extends Page {

    OrganizationDetailPage(WebDriver browser) {
        super(browser);
    }

    public static OrganizationDetailPage open(WebDriver browser, String base, long organizationId) {
        browser.get(base + "/organization/detail.xhtml?id=" + organizationId);
        return new OrganizationDetailPage(browser);
    }

    /** Rule O16's notice above the terms that the committee is not recorded, or "" when the page shows none. */
    public String committeeNotice() {
        return textIfShown("terms:committeeNotRecorded");
    }

    /** The marks "committee not recorded" in the terms table's rows, one per term so marked. */
    public List<String> termsMarkedNotRecorded() {
        return browser.findElements(By.cssSelector("#terms\\:termTable [id$=':notRecorded']")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public RosterPage openRoster() {
        browser.findElement(By.id("detail:roster")).click();
        return new RosterPage(browser);
    }

    public DuesYearPage openDuesYear() {
        browser.findElement(By.id("detail:duesYear")).click();
        return new DuesYearPage(browser);
    }
}
