package org.partyregistry.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.PlainText;

/** One approved change of a term's expiry (rule O14): from which date to which, why, approved when, by whom. */
@Entity
@Table(name = "term_expiry_change")
public class TermExpiryChange extends BaseEntity {

    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    private Term term;

    @Column(name = "old_expires_on", nullable = false)
    private LocalDate oldExpiresOn;

    @Column(name = "new_expires_on", nullable = false)
    private LocalDate newExpiresOn;

    @NotBlank
    @Size(max = REASON_MAX)
    @PlainText
    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at_utc", nullable = false)
    private LocalDateTime changedAtUtc;

    protected TermExpiryChange() {
    }

    TermExpiryChange(Term term, LocalDate oldExpiresOn, LocalDate newExpiresOn, String reason, LocalDate approvedOn,
                     String changedBy, LocalDateTime changedAtUtc) {
        this.term = term;
        this.oldExpiresOn = oldExpiresOn;
        this.newExpiresOn = newExpiresOn;
        this.reason = reason;
        this.approvedOn = approvedOn;
        this.changedBy = changedBy;
        this.changedAtUtc = changedAtUtc;
    }

    public Term getTerm() {
        return term;
    }

    public LocalDate getOldExpiresOn() {
        return oldExpiresOn;
    }

    public LocalDate getNewExpiresOn() {
        return newExpiresOn;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAtUtc() {
        return changedAtUtc;
    }
}
