package org.partyregistry.it.support.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    /** Whether the row of the organization of this name shows its children. */
    public boolean opened(String name) {
        return "true".equals(row(name).getAttribute("aria-expanded"));
    }

    /** Opens the row of the organization of this name and waits for its children to show. */
    public OrganizationTreePage open(String name) {
        int rows = rows();
        row(name).findElement(By.cssSelector(".ui-treetable-toggler")).click();
        waiting().until(d -> opened(name) && rows() > rows);
        return this;
    }

    private int rows() {
        return browser.findElements(By.cssSelector("#tree\\:organizations tbody tr")).size();
    }

    private WebElement row(String name) {
        return browser.findElement(By.xpath("//*[@id='tree:organizations']//tr[.//a[contains(@class, 'org-link')"
                + " and normalize-space(.)='" + name + "']]"));
    }

    /** Opens the form that founds an organization under this one. */
    public OrganizationEditPage addChildTo(long parentId) {
        browser.findElement(By.cssSelector("a.add-child[href*='parent=" + parentId + "']")).click();
        awaitUrl("edit.xhtml");
        return new OrganizationEditPage(browser);
    }
}
