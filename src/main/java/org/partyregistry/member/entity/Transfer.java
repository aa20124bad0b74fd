package org.partyregistry.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/**
 * A transfer of membership out of one organization into another of the zone, or to an organization outside it
 * (rule M14). The member stays with the sender until the transfer is received.
 */
@Entity
@Table(name = "member_transfer")
public class Transfer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_organization_id", nullable = false)
    private Organization from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_organization_id")
    private Organization to;

    @Column(name = "to_external", length = Member.EXTERNAL_MAX)
    private String toExternal;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TransferStatus status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "reason", length = Member.REASON_MAX)
    private String reason;

    protected Transfer() {
    }

    /** Sends {@code member} out of their organization; {@code pending} says whether one is already under way. */
    public Transfer(Member member, Organization to, String toExternal, LocalDate on, boolean pending,
                    LocalDate today) {
        String external = toExternal == null || toExternal.isBlank() ? null : toExternal.strip();
        if (to == null == (external == null)) {
            throw BusinessException.onField("toOrganizationId", "transfer.oneDestination");
        }
        if (external != null && external.length() > Member.EXTERNAL_MAX) {
            throw BusinessException.onField("toExternal", "error.tooLong", Member.EXTERNAL_MAX);
        }
        if (to != null && to.equals(member.getOrganization())) {
            throw BusinessException.onField("toOrganizationId", "transfer.sameOrganization");
        }
        if (to != null && !to.isActive()) {
            throw BusinessException.onField("toOrganizationId", "organization.notActive", to.getName());
        }
        if (member.getStatus().isFinal() || member.getLeftZoneOn() != null) {
            throw new BusinessException("member.wrongStatus", member.getStatus());
        }
        if (pending) {
            throw new BusinessException("transfer.alreadyPending");
        }
        if (on == null) {
            throw BusinessException.onField("on", "member.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        Dates.notBefore("on", on, Dates.PARTY_FOUNDED);
        this.member = member;
        this.from = member.getOrganization();
        this.to = to;
        this.toExternal = external;
        this.sentOn = on;
        this.status = TransferStatus.PENDING;
    }

    /** The receiver confirms: the member now belongs to it (or has left the zone). */
    public void receive(LocalDate on, LocalDate today) {
        decide(on, today);
        this.status = TransferStatus.RECEIVED;
        if (to != null) {
            member.transferTo(to, on);
        } else {
            member.leaveZone(toExternal, on);
        }
    }

    public void refuse(LocalDate on, String why, LocalDate today) {
        String trimmed = why == null ? "" : why.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("reason", "transfer.reasonRequired");
        }
        if (trimmed.length() > Member.REASON_MAX) {
            throw BusinessException.onField("reason", "error.tooLong", Member.REASON_MAX);
        }
        decide(on, today);
        this.status = TransferStatus.REFUSED;
        this.reason = trimmed;
    }

    private void decide(LocalDate on, LocalDate today) {
        if (status != TransferStatus.PENDING) {
            throw new BusinessException("transfer.notPending", status);
        }
        if (on == null) {
            throw BusinessException.onField("on", "member.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        Dates.notBefore("on", on, Dates.PARTY_FOUNDED);
        if (on.isBefore(sentOn)) {
            throw BusinessException.onField("on", "transfer.beforeSent", sentOn);
        }
        this.decidedOn = on;
    }

    /** The path whose holder decides: the receiving organization, or the sender for a transfer out of the zone. */
    public String deciderPath() {
        return to != null ? to.getPath() : from.getPath();
    }

    public Member getMember() {
        return member;
    }

    public Organization getFrom() {
        return from;
    }

    public Organization getTo() {
        return to;
    }

    public String getToExternal() {
        return toExternal;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReason() {
        return reason;
    }
}
