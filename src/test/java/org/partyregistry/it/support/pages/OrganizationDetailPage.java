package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An organization's page, with the ways to its roster and its dues year. */
public final class OrganizationDetailPage extends Page {

    OrganizationDetailPage(WebDriver browser) {
        super(browser);
    }

    public static OrganizationDetailPage open(WebDriver browser, String base, long organizationId) {
        browser.get(base + "/organization/detail.xhtml?id=" + organizationId);
        return new OrganizationDetailPage(browser);
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
