package org.partyregistry.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;

/**
 * One month a member owes dues in a fixed year (rules D4-D6): the amount in force that month and, once paid, the
 * payment that covered it. Written when a year is confirmed (from the month of admission on), so that the dues
 * report sums these rows in the database instead of loading members.
 */
@Entity
@Table(name = "dues_month")
public class DuesMonth extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dues_year_id", nullable = false)
    private DuesYear duesYear;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "amount_due", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountDue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id")
    private PaymentRecord payment;

    @Column(name = "amount_paid", precision = 12, scale = 2)
    private BigDecimal amountPaid;

    protected DuesMonth() {
    }

    public DuesMonth(DuesYear duesYear, YearMonth month, BigDecimal amountDue) {
        this.member = duesYear.getMember();
        this.duesYear = duesYear;
        this.monthStart = month.atDay(1);
        this.amountDue = amountDue;
    }

    /** Rule D5: a change during the year sets the amount of a month not yet paid. */
    public void changeAmount(BigDecimal amount) {
        if (payment != null) {
            throw BusinessException.onField("from", "dues.changeOfPaidMonth",
                    getMonth().toString());
        }
        this.amountDue = amount;
    }

    /** Rule D6: the month is covered by {@code record}, at the amount due. */
    public void paidBy(PaymentRecord record) {
        if (payment != null) {
            throw BusinessException.onField("months", "dues.alreadyPaid",
                    getMonth().toString());
        }
        this.payment = record;
        this.amountPaid = amountDue;
    }

    public YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public boolean isPaid() {
        return payment != null;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }
}
