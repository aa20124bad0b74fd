package org.partyregistry.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.BaseEntity;

/**
 * The stored form of a {@link DuesPayment} that {@link DuesLedger#record} accepted (rule D6); the months it covers
 * are the {@link DuesMonth} rows that point to it.
 */
@Entity
@Table(name = "dues_payment")
public class PaymentRecord extends BaseEntity {

    public static final int RECORDED_BY_MAX = 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private PaymentMethod method;

    @Column(name = "recorded_by", nullable = false, length = RECORDED_BY_MAX)
    private String recordedBy;

    protected PaymentRecord() {
    }

    public PaymentRecord(Member member, DuesPayment payment, String recordedBy) {
        this.member = member;
        this.paidOn = payment.paidOn();
        this.amount = payment.amount();
        this.method = payment.method();
        this.recordedBy = recordedBy;
    }

    public Member getMember() {
        return member;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
