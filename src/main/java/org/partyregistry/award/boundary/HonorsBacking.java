package org.partyregistry.award.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.award.control.HonorService;
import org.partyregistry.award.control.HonorView;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.security.CurrentUser;

/**
 * Honors (rules AW10-AW12): the honors of a member, an organization, or the caller's whole scope for a year; a
 * nomination for the member or organization the page was opened for; approval and award by the committee.
 */
@Named
@ViewScoped
public class HonorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HonorService honors;

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;

    @Inject
    ChinaClock clock;

    @Inject
    CurrentUser currentUser;

    private Long memberId;
    private Long organizationId;
    private String subjectName;
    private List<HonorView> list = List.of();
    private HonorKind kind;
    private HonorLevel level = HonorLevel.ZONE;
    private Integer year;
    private String citation;
    private LocalDate awardedOn;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        year = clock.today().getYear();
        awardedOn = clock.today();
        if (memberId != null) {
            MemberView member = FacesActions.attempt(() -> members.view(memberId));
            subjectName = member == null ? null : member.name();
            kind = HonorKind.OUTSTANDING_MEMBER;
        } else if (organizationId != null) {
            OrganizationView organization = FacesActions.attempt(() -> organizations.view(organizationId));
            subjectName = organization == null ? null : organization.name();
            kind = HonorKind.ADVANCED_ORGANIZATION;
        }
        load();
    }

    private void load() {
        List<HonorView> found = FacesActions.attempt(() -> honors.list(memberId, organizationId, null));
        list = found == null ? List.of() : found;
    }

    public void nominate() {
        HonorView created = FacesActions.attempt(() -> honors.nominate(new HonorService.Nomination(kind, level, year,
                kind != null && kind.isForMember() ? memberId : null,
                kind != null && !kind.isForMember() ? organizationId : null, citation)));
        if (created != null) {
            FacesActions.info("honors.nominated", created.subject());
            citation = null;
            load();
        }
    }

    public void approve(HonorView honor) {
        if (FacesActions.attempt(() -> honors.approve(honor.id())) != null) {
            FacesActions.info("honors.approved", honor.subject());
            load();
        }
    }

    public void award(HonorView honor) {
        if (FacesActions.attempt(() -> honors.award(honor.id(), awardedOn)) != null) {
            FacesActions.info("honors.awarded", honor.subject());
            load();
        }
    }

    /** The kinds the page's subject may receive: member kinds for a member, the organization kind for one. */
    public List<HonorKind> getKinds() {
        return List.of(HonorKind.values()).stream()
                .filter(k -> memberId != null ? k.isForMember() : organizationId == null || !k.isForMember())
                .toList();
    }

    public HonorLevel[] getLevels() {
        return HonorLevel.values();
    }

    public boolean isCommittee() {
        return currentUser.scope().seesEverything();
    }

    public boolean isSubject() {
        return subjectName != null;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public List<HonorView> getList() {
        return list;
    }

    public HonorKind getKind() {
        return kind;
    }

    public void setKind(HonorKind kind) {
        this.kind = kind;
    }

    public HonorLevel getLevel() {
        return level;
    }

    public void setLevel(HonorLevel level) {
        this.level = level;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(LocalDate awardedOn) {
        this.awardedOn = awardedOn;
    }

    public LocalDate getToday() {
        return clock.today();
    }
}
