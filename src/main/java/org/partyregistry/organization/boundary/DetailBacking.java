package org.partyregistry.organization.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyregistry.organization.control.CommitteeRecords;
import org.partyregistry.organization.control.HistoryEntry;
import org.partyregistry.organization.control.OrganizationRestructuring;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.control.TermView;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** One organization: its facts, terms, sub-organizations and history, and the actions on it. */
@Named
@ViewScoped
public class DetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRestructuring restructuring;

    @Inject
    TermService terms;

    @Inject
    CommitteeRecords committees;

    @Inject
    ChinaClock clock;

    private Long id;
    private OrganizationView organization;
    private List<TermView> termList = List.of();
    private Set<Long> committeesNotRecorded = Set.of();
    private List<OrganizationView> children = List.of();
    private List<HistoryEntry> history = List.of();
    private List<OrganizationView> candidates;

    // action inputs
    private Long targetId;
    private LocalDate actionDate;
    private String reason;
    private Integer termNumber;
    private LocalDate electedOn;
    private Integer termYears;
    private Integer seats;
    private Integer eligibleVoters;
    private Integer votesCast;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        load();
    }

    private void load() {
        organization = FacesActions.attempt(() -> organizations.view(id));
        if (organization == null) {
            return;
        }
        termList = terms.terms(id);
        committeesNotRecorded = committees.notRecorded(termList);
        children = organizations.children(id);
        history = organizations.history(id);
        candidates = null;
        actionDate = clock.today();
        electedOn = clock.today();
        termNumber = termList.isEmpty() ? 1 : termList.get(0).number() + 1;
        termYears = organization.type().termYears();
        reason = null;
        targetId = null;
    }

    public void move() {
        if (FacesActions.attempt(() -> organizations.move(id, targetId, organization.version())) != null) {
            FacesActions.info("organization_detail.moved");
            load();
        }
    }

    public void merge() {
        if (FacesActions.attempt(() -> restructuring.merge(id, targetId, actionDate)) != null) {
            FacesActions.info("organization_detail.merged");
            load();
        }
    }

    public void dissolve() {
        if (FacesActions.attempt(() -> restructuring.dissolve(id, actionDate, reason)) != null) {
            FacesActions.info("organization_detail.dissolved");
            load();
        }
    }

    public void elect() {
        if (FacesActions.attempt(() -> terms.elect(id, new TermService.Election(termNumber, electedOn, termYears,
                seats, eligibleVoters, votesCast))) != null) {
            FacesActions.info("organization_detail.elected", termNumber);
            load();
        }
    }

    /** Where this organization may move (rule O1; the service re-checks everything). */
    public List<OrganizationView> getParentCandidates() {
        return candidates().stream()
                .filter(o -> organization.type().mayBeUnder(o.type()) && !o.id().equals(id)
                        && !o.id().equals(organization.parentId()))
                .toList();
    }

    public List<OrganizationView> getMergeCandidates() {
        return candidates().stream().filter(o -> o.type() == organization.type() && !o.id().equals(id)).toList();
    }

    private List<OrganizationView> candidates() {
        if (candidates == null) {
            candidates = organizations.candidates();
        }
        return candidates;
    }

    public boolean isMayHaveChildren() {
        return organization != null && organization.active() && organization.type() != OrganizationType.GROUP;
    }

    public boolean isHasTerms() {
        return organization != null && organization.type().hasTerms();
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

    public OrganizationView getOrganization() {
        return organization;
    }

    public List<TermView> getTerms() {
        return termList;
    }

    /** Rule O16: is this term's committee in office but its seat holders never recorded? */
    public boolean committeeNotRecorded(TermView term) {
        return committeesNotRecorded.contains(term.id());
    }

    /** Rule O16: the term in office whose committee is still to be recorded, or {@code null}. */
    public TermView getCommitteeToRecord() {
        return termList.stream().filter(this::committeeNotRecorded).findFirst().orElse(null);
    }

    public List<OrganizationView> getChildren() {
        return children;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
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

    public Integer getTermNumber() {
        return termNumber;
    }

    public void setTermNumber(Integer termNumber) {
        this.termNumber = termNumber;
    }

    public LocalDate getElectedOn() {
        return electedOn;
    }

    public void setElectedOn(LocalDate electedOn) {
        this.electedOn = electedOn;
    }

    public Integer getTermYears() {
        return termYears;
    }

    public void setTermYears(Integer termYears) {
        this.termYears = termYears;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public Integer getEligibleVoters() {
        return eligibleVoters;
    }

    public void setEligibleVoters(Integer eligibleVoters) {
        this.eligibleVoters = eligibleVoters;
    }

    public Integer getVotesCast() {
        return votesCast;
    }

    public void setVotesCast(Integer votesCast) {
        this.votesCast = votesCast;
    }
}
