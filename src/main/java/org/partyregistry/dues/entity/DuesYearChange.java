package org.partyregistry.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The stored form of a {@link DuesChange} (rule D5), with the day it was recorded; a month is its first day. */
@Embeddable
public class DuesYearChange {

    @Column(name = "from_month", nullable = false)
    private LocalDate fromMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private DuesCategory category;

    @Column(name = "income", nullable = false, precision = 12, scale = 2)
    private BigDecimal income;

    @Column(name = "standard_monthly", nullable = false, precision = 12, scale = 2)
    private BigDecimal standardMonthly;

    @Column(name = "monthly", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthly;

    @Column(name = "reason", nullable = false, length = AnnualDues.REASON_MAX)
    private String reason;

    @Column(name = "approved_by", length = CommitteeApproval.APPROVED_BY_MAX)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    protected DuesYearChange() {
    }

    DuesYearChange(DuesChange change, LocalDate on) {
        this.fromMonth = change.from().atDay(1);
        this.category = change.category();
        this.income = change.income();
        this.standardMonthly = change.standardMonthly();
        this.monthly = change.monthly();
        this.reason = change.reason();
        this.approvedBy = change.approval() == null ? null : change.approval().approvedBy();
        this.approvedOn = change.approval() == null ? null : change.approval().approvedOn();
        this.changedOn = on;
    }

    public YearMonth getFrom() {
        return YearMonth.from(fromMonth);
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

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }
}
