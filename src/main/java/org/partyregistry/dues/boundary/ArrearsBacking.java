package org.partyregistry.dues.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.partyregistry.dues.control.ArrearsCounts;
import org.partyregistry.dues.control.ArrearsRow;
import org.partyregistry.dues.control.DuesArrearsService;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.KeysetRows;
import org.primefaces.model.FilterMeta;

/** Members 3 months or more behind with dues (rule D8), of an organization or of the viewer's whole scope. */
@Named
@ViewScoped
public class ArrearsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuesArrearsService arrears;

    @Inject
    OrganizationService organizations;

    /** Rows read at most at a time (an export's long pages take several reads). */
    private static final int STEP = DuesArrearsService.MAX_PAGE;

    private Long organizationId;
    private OrganizationView organization;
    private ArrearsCounts counts;
    private final Rows rows = new Rows();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (organizationId != null) {
            organization = FacesActions.attempt(() -> organizations.view(organizationId));
            if (organization == null) {
                return;
            }
        }
        counts = FacesActions.attempt(() -> arrears.counts(organizationId));
    }

    public boolean isLoaded() {
        return counts != null;
    }

    /**
     * The list a page at a time, longest behind first, then by member (the service's keyset order); the count is
     * the one read when the page opened, so that the pages stay put while the person reads them.
     */
    public final class Rows extends KeysetRows<ArrearsRow, DuesArrearsService.After> {

        private static final long serialVersionUID = 1L;

        Rows() {
            super((limit, after) -> arrears.page(organizationId, limit, after),
                    row -> new DuesArrearsService.After(YearMonth.parse(row.unpaidSince()), row.memberId()), STEP);
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return counts == null ? 0 : (int) counts.behind();
        }

        @Override
        protected Object idOf(ArrearsRow row) {
            return row.memberId();
        }
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public Rows getRows() {
        return rows;
    }
}
