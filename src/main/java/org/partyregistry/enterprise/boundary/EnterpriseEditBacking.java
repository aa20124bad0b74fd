package org.partyregistry.enterprise.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.enterprise.control.EnterpriseService;
import org.partyregistry.enterprise.control.EnterpriseView;
import org.partyregistry.enterprise.control.ParkView;
import org.partyregistry.enterprise.entity.InstructorRole;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.FacesActions;

/** Registering an enterprise, or editing one ({@code ?id=}) with its instructors and liaisons. */
@Named
@ViewScoped
public class EnterpriseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseService enterprises;

    @Inject
    ChinaClock clock;

    private Long id;
    private EnterpriseView existing;
    private String name;
    private String creditCode;
    private Long parkId;
    private String industry;
    private Integer employees;
    private LocalDate foundedOn;
    private LocalDate closedOn;
    private List<ParkView> parks;

    private String instructorName;
    private InstructorRole instructorRole = InstructorRole.INSTRUCTOR;
    private LocalDate instructorFrom;
    private LocalDate instructorTo;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        instructorFrom = clock.today();
        if (id != null) {
            load();
        }
    }

    private void load() {
        existing = FacesActions.attempt(() -> enterprises.view(id));
        if (existing != null) {
            name = existing.name();
            creditCode = existing.creditCode();
            parkId = existing.parkId();
            industry = existing.industry();
            employees = existing.employees();
            foundedOn = existing.foundedOn();
            closedOn = existing.closedOn();
        }
    }

    public void save() throws IOException {
        var input = new EnterpriseService.EnterpriseInput(name, creditCode, parkId, industry, employees, foundedOn,
                closedOn, existing == null ? null : existing.version());
        EnterpriseView saved = existing == null ? FacesActions.attempt(() -> enterprises.create(input))
                : FacesActions.attempt(() -> enterprises.update(id, input));
        if (saved != null) {
            FacesActions.info("enterprise_edit.saved", saved.name());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/enterprise/edit.xhtml?id=" + saved.id());
        }
    }

    public void assignInstructor() {
        if (FacesActions.attempt(() -> enterprises.assignInstructor(id, instructorName, instructorRole,
                instructorFrom, instructorTo)) != null) {
            FacesActions.info("enterprise_edit.instructorAdded", instructorName);
            instructorName = null;
            instructorTo = null;
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('instructorDialog').hide()");
        }
    }

    public List<ParkView> getParks() {
        if (parks == null) {
            parks = enterprises.parks();
        }
        return parks;
    }

    public InstructorRole[] getRoles() {
        return InstructorRole.values();
    }

    public boolean isEditing() {
        return existing != null;
    }

    public EnterpriseView getExisting() {
        return existing;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    /** The latest start or end an instructor's period may have (it may be planned). */
    public LocalDate getLatestPlanned() {
        return Dates.latestPlanned(clock.today());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public Long getParkId() {
        return parkId;
    }

    public void setParkId(Long parkId) {
        this.parkId = parkId;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getInstructorName() {
        return instructorName;
    }

    public void setInstructorName(String instructorName) {
        this.instructorName = instructorName;
    }

    public InstructorRole getInstructorRole() {
        return instructorRole;
    }

    public void setInstructorRole(InstructorRole instructorRole) {
        this.instructorRole = instructorRole;
    }

    public LocalDate getInstructorFrom() {
        return instructorFrom;
    }

    public void setInstructorFrom(LocalDate instructorFrom) {
        this.instructorFrom = instructorFrom;
    }

    public LocalDate getInstructorTo() {
        return instructorTo;
    }

    public void setInstructorTo(LocalDate instructorTo) {
        this.instructorTo = instructorTo;
    }
}
