package org.partyregistry.organization.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** Founding a sub-organization ({@code ?parent=}) or editing one ({@code ?id=}). */
@Named
@ViewScoped
public class EditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    @Inject
    ChinaClock clock;

    private Long id;
    private Long parentId;
    private OrganizationView parent;
    private OrganizationView existing;
    private String name;
    private OrganizationType type;
    private LocalDate establishedOn;
    private long version;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            existing = FacesActions.attempt(() -> organizations.view(id));
            if (existing == null) {
                return;
            }
            name = existing.name();
            type = existing.type();
            establishedOn = existing.establishedOn();
            version = existing.version();
            parentId = existing.parentId();
        } else {
            establishedOn = clock.today();
        }
        if (parentId != null) {
            parent = FacesActions.attempt(() -> organizations.view(parentId));
        }
        if (existing == null && !getTypes().isEmpty()) {
            type = getTypes().get(0);
        }
    }

    public void save() throws IOException {
        OrganizationView saved = existing == null
                ? FacesActions.attempt(() -> organizations.found(new OrganizationService.NewOrganization(name, type,
                        parentId, establishedOn, List.of())))
                : FacesActions.attempt(() -> organizations.update(id, new OrganizationService.Update(name, type,
                        establishedOn, version)));
        if (saved != null) {
            FacesActions.info(existing == null ? "organization_edit.created" : "organization_edit.saved",
                    saved.name());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/organization/detail.xhtml?id=" + saved.id());
        }
    }

    /** The levels allowed under the parent (rule O1). */
    public List<OrganizationType> getTypes() {
        OrganizationType parentType = parent == null ? null : parent.type();
        return Arrays.stream(OrganizationType.values()).filter(t -> t.mayBeUnder(parentType)).toList();
    }

    public boolean isEditing() {
        return existing != null;
    }

    public boolean isLoaded() {
        return existing != null || id == null;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public OrganizationView getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }
}
