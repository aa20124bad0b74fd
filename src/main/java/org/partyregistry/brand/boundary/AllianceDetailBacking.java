package org.partyregistry.brand.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.brand.control.AllianceMemberView;
import org.partyregistry.brand.control.AllianceService;
import org.partyregistry.brand.control.AllianceView;
import org.partyregistry.brand.control.JointActivityView;
import org.partyregistry.enterprise.control.EnterpriseRow;
import org.partyregistry.enterprise.control.EnterpriseSearch;
import org.partyregistry.enterprise.control.EnterpriseService;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.security.CurrentUser;

/**
 * An alliance's page: the members current on a chosen date (rule B10), the whole history of memberships, the joint
 * activities (rule B11); staff add members, record leaving and link activities.
 */
@Named
@ViewScoped
public class AllianceDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What kind of member the join form adds. */
    public enum Kind { ENTERPRISE, ORGANIZATION }

    @Inject
    AllianceService alliances;

    @Inject
    EnterpriseService enterprises;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    private Long id;
    private AllianceView alliance;
    private LocalDate asOf;
    private List<AllianceMemberView> current = List.of();
    private List<AllianceMemberView> history = List.of();
    private List<JointActivityView> activities = List.of();
    private List<JointActivityView> candidates = List.of();
    private List<OrganizationView> organizationChoices = List.of();
    private Kind kind = Kind.ENTERPRISE;
    private Long enterpriseId;
    private final java.util.Map<Long, String> enterpriseNames = new java.util.HashMap<>();
    private Long organizationId;
    private LocalDate joinedOn;
    private Long leavingId;
    private LocalDate leftOn;
    private Long activityId;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        if (asOf == null) {
            asOf = clock.today();
        }
        if (load() && isMayWrite()) {
            organizationChoices = organizations.candidates();
        }
    }

    private boolean load() {
        AllianceView loaded = FacesActions.attempt(() -> alliances.view(id, asOf));
        if (loaded == null) {
            return false;
        }
        alliance = loaded;
        current = alliances.members(id, asOf);
        history = alliances.members(id, null);
        activities = alliances.activities(id);
        candidates = alliances.candidates(id);
        return true;
    }

    public void refresh() {
        if (asOf == null) {
            asOf = clock.today();
        }
        load();
    }

    public void join() {
        AllianceMemberView joined = FacesActions.attempt(() -> alliances.join(id,
                kind == Kind.ENTERPRISE ? enterpriseId : null,
                kind == Kind.ORGANIZATION ? organizationId : null, joinedOn));
        if (joined != null) {
            FacesActions.info("alliance_detail.joined", joined.name(), joined.joinedOn());
            enterpriseId = null;
            organizationId = null;
            joinedOn = null;
            load();
        }
    }

    public void leave() {
        AllianceMemberView left = leavingId == null ? null
                : FacesActions.attempt(() -> alliances.leave(id, leavingId, leftOn));
        if (left != null) {
            FacesActions.info("alliance_detail.left", left.name(), left.leftOn());
            leavingId = null;
            leftOn = null;
            load();
        }
    }

    public void link() {
        JointActivityView linked = FacesActions.attempt(() -> alliances.link(id, activityId));
        if (linked != null) {
            FacesActions.info("alliance_detail.linked", linked.title(), linked.heldOn());
            activityId = null;
            load();
        }
    }

    /** Enterprises operating today whose name or credit code contains the text. */
    public List<Long> completeEnterprise(String text) {
        return enterprises.find(new EnterpriseSearch(clock.today(),
                org.partyregistry.enterprise.control.CoverageBase.ALL, null, null, null, text, false), 0, 20)
                .stream().peek(e -> enterpriseNames.put(e.id(), e.name())).map(EnterpriseRow::id).toList();
    }

    public String enterpriseName(Long enterprise) {
        return enterprise == null ? null : enterpriseNames.get(enterprise);
    }

    public boolean isMayWrite() {
        return currentUser.scope().canWriteReferenceData();
    }

    public List<AllianceMemberView> getOpenMembers() {
        return history.stream().filter(m -> m.leftOn() == null).toList();
    }

    /** Activities a caller may link: those of taking-part organizations within the caller's scope (rule B11). */
    public List<JointActivityView> getCandidates() {
        return candidates;
    }

    public Kind[] getKinds() {
        return Kind.values();
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

    public AllianceView getAlliance() {
        return alliance;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public List<AllianceMemberView> getCurrent() {
        return current;
    }

    public List<AllianceMemberView> getHistory() {
        return history;
    }

    public List<JointActivityView> getActivities() {
        return activities;
    }

    public List<OrganizationView> getOrganizationChoices() {
        return organizationChoices;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind == null ? Kind.ENTERPRISE : kind;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public Long getLeavingId() {
        return leavingId;
    }

    public void setLeavingId(Long leavingId) {
        this.leavingId = leavingId;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }
}
