package org.partyregistry.brand.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.brand.control.BrandService;
import org.partyregistry.brand.control.BrandView;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.security.CurrentUser;

/** The brands of the zone, and a form to found one (staff anywhere, a secretary for their own organization). */
@Named
@ViewScoped
public class BrandListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BrandService brands;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    private List<BrandView> list = List.of();
    private List<OrganizationView> owners = List.of();
    private String name;
    private String slogan;
    private Long organizationId;
    private LocalDate foundedOn;
    private String description;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        load();
        owners = organizations.candidates();
        if (organizationId == null) {
            organizationId = currentUser.scope().organizationId();
        }
    }

    private void load() {
        list = brands.list(null);
    }

    public String create() {
        BrandView created = FacesActions.attempt(() -> brands.create(new BrandService.NewBrand(name, slogan,
                organizationId, foundedOn, description)));
        if (created == null) {
            return null;
        }
        FacesActions.info("brand_list.created", created.name());
        return "/brand/detail?faces-redirect=true&id=" + created.id();
    }

    /** Anyone with an organization to write in may found a brand (rule B4). */
    public boolean isMayCreate() {
        return !owners.isEmpty();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public List<BrandView> getList() {
        return list;
    }

    public List<OrganizationView> getOwners() {
        return owners;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlogan() {
        return slogan;
    }

    public void setSlogan(String slogan) {
        this.slogan = slogan;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
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
