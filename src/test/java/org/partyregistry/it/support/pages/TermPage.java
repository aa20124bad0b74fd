package org.partyregistry.it.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A term's page: its facts, the history of its expiry, and whether its committee is still to be recorded. */
public final class TermPage extends Page {

    TermPage(WebDriver browser) {
        super(browser);
    }

    public static TermPage open(WebDriver browser, String base, long termId) {
        browser.get(base + "/organization/term.xhtml?term=" + termId);
        return new TermPage(browser);
    }

    /** Rule O16's notice that the committee is not recorded, or "" when the page shows none. */
    public String committeeNotice() {
        return textIfShown("committeeNotRecorded");
    }

    /** Follows the notice's link to record the committee and answers the address it leads to. */
    public String recordCommittee() {
        tap(browser.findElement(By.id("recordCommittee")));
        awaitUrl("/member/committee");
        return url();
    }
}
