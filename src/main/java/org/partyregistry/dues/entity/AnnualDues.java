package org.partyregistry.dues.entity;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.platform.BusinessException;

/**
 * One member's dues for one calendar year (rules D4, D5): proposed from the category and income, then confirmed,
 * after which the monthly amount is fixed for the year; changes during the year are dated, explained and, when
 * they reduce what is paid, approved by the committee.
 */
public class AnnualDues {

    public static final int REASON_MAX = 200;

    private final Year year;
    private final DuesAssessment proposal;
    private BigDecimal monthly;
    private String reason;
    private CommitteeApproval approval;
    private boolean confirmed;
    private final List<DuesChange> changes = new ArrayList<>();

    private AnnualDues(Year year, DuesAssessment proposal) {
        this.year = year;
        this.proposal = proposal;
        this.monthly = proposal.monthly();
    }

    /** Rule D4: the proposal is the standard amount for the category and income (rules D1-D3). */
    public static AnnualDues propose(Year year, DuesCategory category, BigDecimal income) {
        if (year == null) {
            throw BusinessException.onField("year", "dues.yearRequired");
        }
        return new AnnualDues(year, DuesCalculator.assess(category, income));
    }

    /**
     * Rule D4: fixes the monthly amount for the year, the proposal when {@code amount} is null. More than the
     * proposal is always accepted; less is a hardship reduction (rule D5) and needs a reason and the committee's
     * approval. A confirmed year is not confirmed again: it is changed.
     */
    public void confirm(BigDecimal amount, String why, CommitteeApproval approvedBy) {
        if (confirmed) {
            throw new BusinessException("dues.yearAlreadyFixed", year.toString());
        }
        BigDecimal chosen = amount == null ? proposal.monthly() : DuesCalculator.yuan("monthly", amount);
        String cleanReason = reason(why, false);
        boolean reduction = chosen.compareTo(proposal.monthly()) < 0;
        if (reduction) {
            requireReduction(cleanReason, approvedBy, chosen, proposal.monthly());
        }
        this.monthly = chosen;
        this.reason = cleanReason;
        this.approval = reduction ? approvedBy : null;
        this.confirmed = true;
    }

    /**
     * Rule D5: from {@code from} to December the member pays {@code amount} (the standard amount for the new
     * category and income when null). Every change needs a reason; a reduction (less than the amount in force in
     * {@code from}, or less than the new standard amount) also needs the committee's approval.
     */
    public DuesChange change(YearMonth from, DuesCategory category, BigDecimal income, BigDecimal amount, String why,
                             CommitteeApproval approvedBy) {
        if (!confirmed) {
            throw new BusinessException("dues.yearNotFixed", year.toString());
        }
        if (from == null) {
            throw BusinessException.onField("from", "dues.fromRequired");
        }
        if (from.getYear() != year.getValue()) {
            throw BusinessException.onField("from", "dues.monthOutsideYear", from.toString(), year.toString());
        }
        DuesAssessment standard = DuesCalculator.assess(category, income);
        BigDecimal chosen = amount == null ? standard.monthly() : DuesCalculator.yuan("monthly", amount);
        String cleanReason = reason(why, true);
        BigDecimal floor = monthlyFor(from).max(standard.monthly());
        boolean reduction = chosen.compareTo(floor) < 0;
        if (reduction) {
            requireReduction(cleanReason, approvedBy, chosen, floor);
        }
        DuesChange change = new DuesChange(from, standard.category(), standard.income(), standard.monthly(), chosen,
                cleanReason, reduction ? approvedBy : null);
        changes.add(change);
        return change;
    }

    /** Rule D5: the amount in force in {@code month}: the confirmed one, or the latest change that covers it. */
    public BigDecimal monthlyFor(YearMonth month) {
        if (!confirmed) {
            throw new BusinessException("dues.yearNotFixed", year.toString());
        }
        if (month.getYear() != year.getValue()) {
            throw BusinessException.onField("months", "dues.monthOutsideYear", month.toString(), year.toString());
        }
        BigDecimal amount = monthly;
        for (DuesChange change : changes) {
            if (!month.isBefore(change.from())) {
                amount = change.monthly();
            }
        }
        return amount;
    }

    private static void requireReduction(String reason, CommitteeApproval approval, BigDecimal chosen,
                                         BigDecimal reference) {
        if (reason == null) {
            throw BusinessException.onField("reason", "dues.reductionNeedsReason", chosen.toPlainString(),
                    reference.toPlainString());
        }
        if (approval == null) {
            throw BusinessException.onField("approval", "dues.reductionNeedsApproval", chosen.toPlainString(),
                    reference.toPlainString());
        }
    }

    private static String reason(String why, boolean required) {
        if (why == null || why.isBlank()) {
            if (required) {
                throw BusinessException.onField("reason", "dues.changeNeedsReason");
            }
            return null;
        }
        String clean = why.strip();
        if (clean.length() > REASON_MAX) {
            throw BusinessException.onField("reason", "dues.reasonTooLong", REASON_MAX);
        }
        return clean;
    }

    public Year getYear() {
        return year;
    }

    /** What the calculator proposed for the category and income entered at the start of the year. */
    public DuesAssessment getProposal() {
        return proposal;
    }

    /** The monthly amount confirmed for the year (before any change during it); the proposal until confirmed. */
    public BigDecimal getMonthly() {
        return monthly;
    }

    public String getReason() {
        return reason;
    }

    public CommitteeApproval getApproval() {
        return approval;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public List<DuesChange> getChanges() {
        return List.copyOf(changes);
    }
}
