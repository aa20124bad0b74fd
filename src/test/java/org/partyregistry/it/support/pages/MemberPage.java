package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A member's page: stage, status, the (masked) ID number, the timeline and the actions on the member. */
public final class MemberPage extends Page {

    MemberPage(WebDriver browser) {
        super(browser);
        awaitUrl("detail.xhtml");
    }

    public static MemberPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/member/detail.xhtml?id=" + id);
        return new MemberPage(browser);
    }

    public String stage() {
        return browser.findElement(By.id("detail:stage")).getText();
    }

    /** The party group the member is in now (empty when none). */
    public String group() {
        List<org.openqa.selenium.WebElement> group = browser.findElements(By.id("group:currentGroup"));
        return group.isEmpty() ? "" : group.get(0).getText().strip();
    }

    public String idNumber() {
        return browser.findElement(By.id("detail:idNumber")).getText();
    }

    public List<String> timeline() {
        return browser.findElements(By.cssSelector("#timeline_data td")).stream().map(td -> td.getText().strip())
                .toList();
    }

    /** Whether the page offers to show the ID number in full. */
    public boolean canReveal() {
        return !browser.findElements(By.id("detail:reveal")).isEmpty();
    }

    /** Shows the ID number in full and waits until the page shows {@code expected}. */
    public MemberPage reveal(String expected) {
        browser.findElement(By.id("detail:reveal")).click();
        waiting().until(driver -> idNumber().equals(expected));
        return this;
    }

    /** Suspends the member (lost contact) through the form and waits for the status to read {@code expected}. */
    public MemberPage suspend(String expected) {
        browser.findElement(By.id("detail:openSuspend")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suspend:confirm"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("detail:status"), expected));
        return this;
    }

    /** Waits for the link to the member's medal certificate. */
    public MemberPage awaitMedalCertificate() {
        waiting().until(d -> !d.findElements(By.id("medalCertificate")).isEmpty()
                || !d.findElements(By.cssSelector("[id$='medalCertificate']")).isEmpty());
        return this;
    }
}
