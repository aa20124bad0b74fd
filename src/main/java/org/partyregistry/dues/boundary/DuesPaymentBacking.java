package org.partyregistry.dues.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partyregistry.dues.control.DuesAssessmentService;
import org.partyregistry.dues.control.DuesPaymentService;
import org.partyregistry.dues.control.DuesYearView;
import org.partyregistry.dues.control.PaymentView;
import org.partyregistry.dues.entity.DuesLedger;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/**
 * Records a member's payment of one or more months at once (rules D6, D7): the months that may be paid today are
 * offered, the member's fixed years and earlier payments are shown.
 */
@Named
@ViewScoped
public class DuesPaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuesAssessmentService assessments;

    @Inject
    DuesPaymentService duesPayments;

    @Inject
    MemberService members;

    @Inject
    ChinaClock clock;

    private Long memberId;
    private MemberView member;
    private List<DuesYearView> years = List.of();
    private List<PaymentView> payments = List.of();
    private List<String> months = new ArrayList<>();
    private List<String> selected = new ArrayList<>();
    private LocalDate paidOn;
    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.CASH;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || memberId == null) {
            return;
        }
        member = FacesActions.attempt(() -> members.view(memberId));
        if (member != null) {
            load();
        }
    }

    private void load() {
        paidOn = clock.today();
        years = assessments.years(memberId);
        payments = duesPayments.payments(memberId);
        Set<String> paid = new HashSet<>();
        payments.forEach(p -> paid.addAll(p.months()));
        YearMonth current = YearMonth.from(paidOn);
        months = new ArrayList<>();
        for (int back = DuesLedger.BACK_PAYMENT_MONTHS; back >= 0; back--) {
            String month = current.minusMonths(back).toString();
            if (!paid.contains(month)) {
                months.add(month);
            }
        }
        selected = new ArrayList<>();
        amount = null;
    }

    public void record() {
        List<YearMonth> chosen = new ArrayList<>();
        for (String month : selected) {
            chosen.add(DuesResource.month("months", month));
        }
        PaymentView paid = FacesActions.attempt(() -> duesPayments.pay(memberId, paidOn, chosen, amount, method));
        if (paid != null) {
            FacesActions.info("dues_payment.recorded", paid.months().size(), paid.amount().toPlainString());
            load();
        }
    }

    public boolean isLoaded() {
        return member != null;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public MemberView getMember() {
        return member;
    }

    public List<DuesYearView> getYears() {
        return years;
    }

    public List<PaymentView> getPayments() {
        return payments;
    }

    public List<String> getMonths() {
        return months;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }
}
