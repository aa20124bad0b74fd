package org.partyregistry.organization.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.partyregistry.organization.control.OrganizationTree;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.control.TreeRow;
import org.partyregistry.platform.IdRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

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
    private final DueRows due = new DueRows();
    private final MissingRows missing = new MissingRows();

    /** Rule O8: the terms due within the chosen days, soonest first, read a page at a time. */
    public final class DueRows extends IdRows<TermView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) terms.countDue(within).due();
        }

        @Override
        public List<TermView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                   Map<String, FilterMeta> filters) {
            return terms.due(within, first, pageSize);
        }

        @Override
        protected Object idOf(TermView row) {
            return row.id();
        }
    }

    /** The organizations that elect a committee and have no term on record, read a page at a time. */
    public final class MissingRows extends IdRows<TreeRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) tree.countWithoutTerm();
        }

        @Override
        public List<TreeRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                  Map<String, FilterMeta> filters) {
            return tree.withoutTerm(first, pageSize);
        }

        @Override
        protected Object idOf(TreeRow row) {
            return row.id();
        }
    }

    /** The days changed: the table, updated next, reads its count again and starts at its first page. */
    public void reload() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("due:terms") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public int getWithin() {
        return within;
    }

    public void setWithin(int within) {
        this.within = within;
    }

    public DueRows getDue() {
        return due;
    }

    public MissingRows getMissing() {
        return missing;
    }
}
