package org.partyregistry.member.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.member.control.WorkUnit;
import org.partyregistry.member.entity.CodeList;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** Registering a member in an organization ({@code ?organization=}), with the dates of the steps taken so far. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;

    @Inject
    ChinaClock clock;

    private Long organizationId;
    private OrganizationView organization;
    private String name;
    private String idNumber;
    private String ethnicity;
    private String education;
    private String phone;
    private LocalDate appliedOn;
    private LocalDate activistOn;
    private LocalDate developmentTargetOn;
    private LocalDate probationaryOn;
    private LocalDate fullOn;
    private Long enterpriseId;
    private final java.util.Map<Long, String> workUnitNames = new java.util.HashMap<>();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || organizationId == null) {
            return;
        }
        organization = FacesActions.attempt(() -> organizations.view(organizationId));
    }

    public void save() throws IOException {
        MemberView saved = FacesActions.attempt(() -> members.register(new MemberService.NewMember(name, idNumber,
                organizationId, enterpriseId, null, null, ethnicity, education, phone, appliedOn, activistOn,
                developmentTargetOn, probationaryOn, fullOn, null, null, List.of(), null, null)));
        if (saved != null) {
            FacesActions.info("member_register.saved", saved.name());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/member/detail.xhtml?id=" + saved.id());
        }
    }

    /** Work units whose name contains the typed text (autocomplete). */
    public List<Long> completeWorkUnit(String query) {
        return members.workUnits(query).stream().peek(w -> workUnitNames.put(w.id(), w.name()))
                .map(WorkUnit::id).toList();
    }

    public String workUnitName(Long enterprise) {
        return enterprise == null ? null : workUnitNames.get(enterprise);
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    /** The ethnic groups of GB 3304, by code (rule M22). */
    public List<String> getEthnicities() {
        return CodeList.ETHNICITY.codes();
    }

    /** The levels of education of GB/T 4658, by code (rule M22). */
    public List<String> getEducations() {
        return CodeList.EDUCATION.codes();
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }

    public LocalDate getActivistOn() {
        return activistOn;
    }

    public void setActivistOn(LocalDate activistOn) {
        this.activistOn = activistOn;
    }

    public LocalDate getDevelopmentTargetOn() {
        return developmentTargetOn;
    }

    public void setDevelopmentTargetOn(LocalDate developmentTargetOn) {
        this.developmentTargetOn = developmentTargetOn;
    }

    public LocalDate getProbationaryOn() {
        return probationaryOn;
    }

    public void setProbationaryOn(LocalDate probationaryOn) {
        this.probationaryOn = probationaryOn;
    }

    public LocalDate getFullOn() {
        return fullOn;
    }

    public void setFullOn(LocalDate fullOn) {
        this.fullOn = fullOn;
    }
}
