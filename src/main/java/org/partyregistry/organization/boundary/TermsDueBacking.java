package org.partyregistry.organization.boundary;

import jakarta.annotation.PostConstruct;
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
    private List<TermView> due;
    private final MissingRows missing = new MissingRows();

    @PostConstruct
    void load() {
        due = terms.due(within);
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

    public void reload() {
        due = terms.due(within);
    }

    public int getWithin() {
        return within;
    }

    public void setWithin(int within) {
        this.within = within;
    }

    public List<TermView> getDue() {
        return due;
    }

    public MissingRows getMissing() {
        return missing;
    }
}
