package org.partyregistry.dues.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;

/**
 * The stored record of one member's {@link AnnualDues} for one year (rules D4, D5): what the secretary entered, what
 * the calculator proposed, and once confirmed the fixed amount with its dated changes. The rules stay in
 * {@link AnnualDues}: this record is written from it and rebuilt into it ({@link #toAnnualDues()}).
 */
@Entity
@Table(name = "dues_year")
public class DuesYear extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "dues_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private DuesCategory category;

    @Column(name = "income", nullable = false, precision = 12, scale = 2)
    private BigDecimal income;

    @Column(name = "standard_monthly", nullable = false, precision = 12, scale = 2)
    private BigDecimal standardMonthly;

    @Column(name = "monthly", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthly;

    @Column(name = "reason", length = AnnualDues.REASON_MAX)
    private String reason;

    @Column(name = "approved_by", length = CommitteeApproval.APPROVED_BY_MAX)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dues_change", joinColumns = @JoinColumn(name = "dues_year_id"))
    @OrderBy("fromMonth")
    private List<DuesYearChange> changes = new ArrayList<>();

    protected DuesYear() {
    }

    /** Rule D4: the secretary's entry for the year, not yet confirmed: the proposal of {@code annual}. */
    public DuesYear(Member member, AnnualDues annual) {
        this.member = member;
        this.year = annual.getYear().getValue();
        enter(annual);
    }

    /** Rule D4: a new entry (category and income) replaces the previous one while the year is not confirmed. */
    public void enter(AnnualDues annual) {
        if (confirmed) {
            throw new BusinessException("dues.yearAlreadyFixed", String.valueOf(year));
        }
        DuesAssessment proposal = annual.getProposal();
        this.category = proposal.category();
        this.income = proposal.income();
        this.standardMonthly = proposal.monthly();
        this.monthly = proposal.monthly();
    }

    /** Rule D4: records {@code annual} as confirmed by the rules of {@link AnnualDues#confirm}. */
    public void confirm(AnnualDues annual, LocalDate on) {
        if (!annual.isConfirmed() || annual.getYear().getValue() != year) {
            throw new IllegalArgumentException("not a confirmed " + year);
        }
        enter(annual);
        this.monthly = annual.getMonthly();
        this.reason = annual.getReason();
        CommitteeApproval approval = annual.getApproval();
        this.approvedBy = approval == null ? null : approval.approvedBy();
        this.approvedOn = approval == null ? null : approval.approvedOn();
        this.confirmed = true;
        this.confirmedOn = on;
    }

    /** Rule D5: records a change that {@link AnnualDues#change} accepted. */
    public void record(DuesChange change, LocalDate on) {
        changes.add(new DuesYearChange(change, on));
    }

    /** The year rebuilt with its rules: the proposal, the confirmation and every change, in order. */
    public AnnualDues toAnnualDues() {
        AnnualDues annual = AnnualDues.propose(Year.of(year), category, income);
        if (confirmed) {
            annual.confirm(monthly, reason, approval(approvedBy, approvedOn));
            for (DuesYearChange change : changes) {
                annual.change(change.getFrom(), change.getCategory(), change.getIncome(), change.getMonthly(),
                        change.getReason(), approval(change.getApprovedBy(), change.getApprovedOn()));
            }
        }
        return annual;
    }

    private static CommitteeApproval approval(String by, LocalDate on) {
        return by == null ? null : new CommitteeApproval(by, on);
    }

    public Member getMember() {
        return member;
    }

    public int getYear() {
        return year;
    }

    public DuesCategory getCategory() {
        return category;
    }

    public BigDecimal getIncome() {
        return income;
    }

    public BigDecimal getStandardMonthly() {
        return standardMonthly;
    }

    public BigDecimal getMonthly() {
        return monthly;
    }

    public String getReason() {
        return reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public List<DuesYearChange> getChanges() {
        return List.copyOf(changes);
    }
}
