package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The organization tree. */
public final class OrganizationTreePage extends Page {

    OrganizationTreePage(WebDriver browser) {
        super(browser);
    }

    public static OrganizationTreePage open(WebDriver browser, String base) {
        browser.get(base + "/organization/tree.xhtml");
        return new OrganizationTreePage(browser);
    }

    /** The names the tree shows. */
    public List<String> names() {
        return browser.findElements(By.cssSelector("#tree\\:organizations .org-link")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Opens the form that founds an organization under this one. */
    public OrganizationEditPage addChildTo(long parentId) {
        browser.findElement(By.cssSelector("a.add-child[href*='parent=" + parentId + "']")).click();
        awaitUrl("edit.xhtml");
        return new OrganizationEditPage(browser);
    }
}
