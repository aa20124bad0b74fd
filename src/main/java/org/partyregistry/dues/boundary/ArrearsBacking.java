package org.partyregistry.dues.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partyregistry.dues.control.ArrearsRow;
import org.partyregistry.dues.control.DuesArrearsService;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.FacesActions;

/** Members 3 months or more behind with dues (rule D8), of an organization or of the viewer's whole scope. */
@Named
@ViewScoped
public class ArrearsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuesArrearsService arrears;

    @Inject
    OrganizationService organizations;

    private Long organizationId;
    private OrganizationView organization;
    private List<ArrearsRow> rows;

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
        rows = FacesActions.attempt(() -> arrears.arrears(organizationId));
    }

    public boolean isLoaded() {
        return rows != null;
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

    public List<ArrearsRow> getRows() {
        return rows;
    }
}
