package org.partyregistry.brand.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.brand.control.AllianceService;
import org.partyregistry.brand.control.AllianceView;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.security.CurrentUser;

/** The alliances of the zone, and a form to found one (staff and admins, rule B4). */
@Named
@ViewScoped
public class AllianceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceService alliances;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    private List<AllianceView> list = List.of();
    private List<OrganizationView> leads = List.of();
    private String name;
    private Long leadOrganizationId;
    private LocalDate foundedOn;
    private String description;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        list = alliances.list();
        if (isMayCreate()) {
            leads = organizations.candidates();
        }
    }

    public String create() {
        AllianceView created = FacesActions.attempt(() -> alliances.create(new AllianceService.NewAlliance(name,
                leadOrganizationId, foundedOn, description)));
        if (created == null) {
            return null;
        }
        FacesActions.info("alliance_list.created", created.name());
        return "/alliance/detail?faces-redirect=true&id=" + created.id();
    }

    public boolean isMayCreate() {
        return currentUser.scope().canWriteReferenceData();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public List<AllianceView> getList() {
        return list;
    }

    public List<OrganizationView> getLeads() {
        return leads;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLeadOrganizationId() {
        return leadOrganizationId;
    }

    public void setLeadOrganizationId(Long leadOrganizationId) {
        this.leadOrganizationId = leadOrganizationId;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
