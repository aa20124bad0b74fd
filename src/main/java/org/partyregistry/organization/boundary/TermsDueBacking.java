package org.partyregistry.organization.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partyregistry.organization.control.OrganizationTree;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.control.TreeRow;
import org.partyregistry.platform.IdRows;
import org.partyregistry.platform.PagedRows;

/** Terms due for election, and organizations that should have a term but have none on record. */
@Named
@ViewScoped
public class TermsDueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermService terms;

    @Inject
    OrganizationTree tree;

    private int within = 180;
    /** Rule O8: the terms due within the chosen days, soonest first, read a page at a time. */
    private final PagedRows<TermView> due = new PagedRows<>(() -> terms.countDue(within).due(),
            (first, max) -> terms.due(within, first, max), TermView::id);

    /** The organizations that elect a committee and have no term on record, read a page at a time. */
    private final PagedRows<TreeRow> missing = new PagedRows<>(() -> tree.countWithoutTerm(),
            (first, max) -> tree.withoutTerm(first, max), TreeRow::id);

    /** The days changed: the table, updated next, reads its count again and starts at its first page. */
    public void reload() {
        IdRows.firstPage("due:terms");
    }

    public int getWithin() {
        return within;
    }

    public void setWithin(int within) {
        this.within = within;
    }

    public PagedRows<TermView> getDue() {
        return due;
    }

    public PagedRows<TreeRow> getMissing() {
        return missing;
    }
}
