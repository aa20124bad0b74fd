package org.partyregistry.member.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.partyregistry.member.control.MemberLifecycle;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.member.control.TimelineEntry;
import org.partyregistry.member.control.TransferService;
import org.partyregistry.member.control.TransferView;
import org.partyregistry.member.control.WorkUnit;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** One member: the facts, the timeline of steps and transfers, and a form for each intent. */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    MemberLifecycle lifecycle;

    @Inject
    TransferService transfers;

    @Inject
    ChinaClock clock;

    private Long id;
    private MemberView member;
    private List<TransferView> transferList = List.of();
    private List<TimelineEntry> timeline = List.of();
    private List<TransferService.Destination> destinations;
    private String revealed;

    // action inputs
    private LocalDate actionDate;
    private String reason;
    private Integer months;
    private Long toOrganizationId;
    private String toExternal;
    private LocalDate standingStart;
    private Long enterpriseId;
    private final java.util.Map<Long, String> workUnitNames = new java.util.HashMap<>();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        load();
    }

    /** Reads the member again after a change made on another part of the page (the party group, say). */
    public void reload() {
        revealed = null;
        load();
    }

    private void load() {
        member = FacesActions.attempt(() -> members.view(id));
        if (member == null) {
            return;
        }
        transferList = transfers.ofMember(id);
        timeline = TimelineEntry.of(member, transferList);
        actionDate = clock.today();
        reason = null;
        months = 6;
        toOrganizationId = null;
        toExternal = null;
        standingStart = member.partyStandingStart();
        enterpriseId = member.enterpriseId();
        if (enterpriseId != null) {
            workUnitNames.put(enterpriseId, member.enterpriseName());
        }
    }

    private void act(Supplier<?> action, String doneKey) {
        if (FacesActions.attempt(action) != null) {
            FacesActions.info(doneKey, member.name());
            revealed = null;
            load();
        }
    }

    public void advance() {
        act(() -> lifecycle.advance(id, member.nextStage(), actionDate, member.version()), "member_detail.advanced");
    }

    public void extendProbation() {
        act(() -> lifecycle.extendProbation(id, months, actionDate, member.version()), "member_detail.extended");
    }

    public void cancelProbation() {
        act(() -> lifecycle.cancelProbation(id, actionDate, reason, member.version()), "member_detail.cancelled");
    }

    public void suspend() {
        act(() -> lifecycle.suspend(id, actionDate, member.version()), "member_detail.suspended");
    }

    public void restore() {
        act(() -> lifecycle.restore(id, actionDate, member.version()), "member_detail.restored");
    }

    public void remove() {
        act(() -> lifecycle.remove(id, actionDate, reason, member.version()), "member_detail.removed");
    }

    public void recordDeath() {
        act(() -> lifecycle.recordDeath(id, actionDate, member.version()), "member_detail.deceased");
    }

    public void correctStanding() {
        act(() -> lifecycle.correctStandingStart(id, standingStart, reason, member.version()),
                "member_detail.standingCorrected");
    }

    public void transfer() {
        act(() -> transfers.send(id, toOrganizationId, toExternal, actionDate), "member_detail.transferSent");
    }

    public void changeWorkUnit() {
        act(() -> lifecycle.changeWorkUnit(id, enterpriseId, actionDate, member.version()), "member_detail.workUnitChanged");
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

    public void reveal() {
        revealed = FacesActions.attempt(() -> members.reveal(id));
    }

    public boolean isMayReveal() {
        return members.canReveal();
    }

    public boolean isTransferPending() {
        return transferList.stream().anyMatch(TransferView::pending);
    }

    public List<TransferService.Destination> getDestinations() {
        if (destinations == null) {
            destinations = transfers.destinations().stream()
                    .filter(d -> member == null || !d.id().equals(member.organizationId())).toList();
        }
        return destinations;
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

    public MemberView getMember() {
        return member;
    }

    public List<TransferView> getTransfers() {
        return transferList;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getRevealed() {
        return revealed;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public void setActionDate(LocalDate actionDate) {
        this.actionDate = actionDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public Long getToOrganizationId() {
        return toOrganizationId;
    }

    public void setToOrganizationId(Long toOrganizationId) {
        this.toOrganizationId = toOrganizationId;
    }

    public String getToExternal() {
        return toExternal;
    }

    public void setToExternal(String toExternal) {
        this.toExternal = toExternal;
    }

    public LocalDate getStandingStart() {
        return standingStart;
    }

    public void setStandingStart(LocalDate standingStart) {
        this.standingStart = standingStart;
    }
}
