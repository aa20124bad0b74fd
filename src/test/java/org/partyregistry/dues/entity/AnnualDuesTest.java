package org.partyregistry.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.dues.entity.DuesCategory.IN_SERVICE;
import static org.partyregistry.dues.entity.DuesCategory.RETIRED;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnnualDuesTest {

    static final Year YEAR = Year.of(2026);
    static final BigDecimal INCOME = new BigDecimal("5100");
    static final CommitteeApproval APPROVAL = new CommitteeApproval("潍坊软件园党委第12次会议", LocalDate.of(2026, 3, 2));

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    static AnnualDues confirmed(String monthly) {
        AnnualDues dues = AnnualDues.propose(YEAR, IN_SERVICE, INCOME);
        dues.confirm(monthly == null ? null : yuan(monthly), null, null);
        return dues;
    }

    @Test
    @DisplayName("D4 the proposal is the calculator's amount; confirming without an amount fixes it for every month")
    void proposesAndConfirms() {
        AnnualDues dues = AnnualDues.propose(YEAR, IN_SERVICE, INCOME);
        assertThat(dues.isConfirmed()).isFalse();
        assertThat(dues.getProposal().monthly()).isEqualTo(yuan("76.50"));
        assertThat(dues.getMonthly()).isEqualTo(yuan("76.50"));
        assertRefused(() -> dues.monthlyFor(YearMonth.of(2026, 1)), "dues.yearNotFixed", null);
        dues.confirm(null, null, null);
        assertThat(dues.isConfirmed()).isTrue();
        assertThat(dues.monthlyFor(YearMonth.of(2026, 1))).isEqualTo(yuan("76.50"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 12))).isEqualTo(yuan("76.50"));
        assertThat(dues.getApproval()).isNull();
        assertRefused(() -> dues.monthlyFor(YearMonth.of(2027, 1)), "dues.monthOutsideYear", "months");
    }

    @Test
    @DisplayName("D4 a confirmed year is fixed: confirming it again is refused, it can only be changed")
    void confirmedOnce() {
        AnnualDues dues = confirmed(null);
        assertRefused(() -> dues.confirm(yuan("100"), "多交", null), "dues.yearAlreadyFixed", null);
        assertThat(dues.monthlyFor(YearMonth.of(2026, 6))).isEqualTo(yuan("76.50"));
        assertRefused(() -> AnnualDues.propose(null, IN_SERVICE, INCOME), "dues.yearRequired", "year");
    }

    @Test
    @DisplayName("D5 paying more than the proposal is confirmed without a reason or an approval")
    void payingMoreIsAlwaysAllowed() {
        AnnualDues dues = confirmed("100.00");
        assertThat(dues.monthlyFor(YearMonth.of(2026, 3))).isEqualTo(yuan("100.00"));
        assertThat(dues.getReason()).isNull();
        AnnualDues exact = confirmed("76.50");
        assertThat(exact.monthlyFor(YearMonth.of(2026, 3))).isEqualTo(yuan("76.50"));
        assertRefused(() -> confirmed("76.505"), "dues.amountScale", "monthly");
        assertRefused(() -> confirmed("-1"), "dues.amountNegative", "monthly");
    }

    @Test
    @DisplayName("D5 confirming a fen less than the proposal is a hardship reduction: reason, then approval")
    void reductionAtConfirmation() {
        AnnualDues dues = AnnualDues.propose(YEAR, IN_SERVICE, INCOME);
        assertRefused(() -> dues.confirm(yuan("76.49"), null, APPROVAL), "dues.reductionNeedsReason", "reason");
        assertRefused(() -> dues.confirm(yuan("76.49"), "  ", APPROVAL), "dues.reductionNeedsReason", "reason");
        assertRefused(() -> dues.confirm(yuan("76.49"), "家庭困难", null), "dues.reductionNeedsApproval", "approval");
        assertThat(dues.isConfirmed()).as("a refusal fixes nothing").isFalse();
        dues.confirm(yuan("20.00"), " 家庭困难 ", APPROVAL);
        assertThat(dues.monthlyFor(YearMonth.of(2026, 7))).isEqualTo(yuan("20.00"));
        assertThat(dues.getReason()).isEqualTo("家庭困难");
        assertThat(dues.getApproval()).isEqualTo(APPROVAL);
        assertRefused(() -> AnnualDues.propose(YEAR, IN_SERVICE, INCOME).confirm(yuan("1"), "长".repeat(201),
                APPROVAL), "dues.reasonTooLong", "reason");
    }

    @Test
    @DisplayName("D5 a change during the year applies from its month to December and needs a reason")
    void changeDuringTheYear() {
        AnnualDues dues = confirmed(null);
        assertRefused(() -> dues.change(YearMonth.of(2026, 7), IN_SERVICE, yuan("12000"), null, null, null),
                "dues.changeNeedsReason", "reason");
        assertRefused(() -> dues.change(YearMonth.of(2027, 1), IN_SERVICE, yuan("12000"), null, "涨薪", null),
                "dues.monthOutsideYear", "from");
        assertRefused(() -> dues.change(null, IN_SERVICE, yuan("12000"), null, "涨薪", null),
                "dues.fromRequired", "from");
        assertRefused(() -> dues.change(YearMonth.of(2026, 7), IN_SERVICE, yuan("-1"), null, "涨薪", null),
                "dues.amountNegative", "income");
        DuesChange raise = dues.change(YearMonth.of(2026, 7), IN_SERVICE, yuan("12000"), null, "涨薪", null);
        assertThat(raise.monthly()).isEqualTo(yuan("240.00"));
        assertThat(raise.standardMonthly()).isEqualTo(yuan("240.00"));
        assertThat(raise.approval()).isNull();
        assertThat(dues.monthlyFor(YearMonth.of(2026, 6))).isEqualTo(yuan("76.50"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 7))).isEqualTo(yuan("240.00"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 12))).isEqualTo(yuan("240.00"));
        assertThat(dues.getChanges()).containsExactly(raise);
    }

    @Test
    @DisplayName("D5 a change before the year is confirmed is refused: the year is proposed, not fixed")
    void changeNeedsAConfirmedYear() {
        AnnualDues dues = AnnualDues.propose(YEAR, IN_SERVICE, INCOME);
        assertRefused(() -> dues.change(YearMonth.of(2026, 7), IN_SERVICE, yuan("12000"), null, "涨薪", null),
                "dues.yearNotFixed", null);
    }

    @Test
    @DisplayName("D5 a reduction below the amount in force during the year needs the committee's approval")
    void reductionDuringTheYear() {
        AnnualDues dues = confirmed("100.00");
        assertRefused(() -> dues.change(YearMonth.of(2026, 5), IN_SERVICE, INCOME, yuan("99.99"), "不再多交", null),
                "dues.reductionNeedsApproval", "approval");
        assertRefused(() -> dues.change(YearMonth.of(2026, 5), RETIRED, INCOME, null, "退休", null),
                "dues.reductionNeedsApproval", "approval");
        assertThat(dues.getChanges()).isEmpty();
        DuesChange retired = dues.change(YearMonth.of(2026, 5), RETIRED, INCOME, null, "退休", APPROVAL);
        assertThat(retired.monthly()).isEqualTo(yuan("51.00"));
        assertThat(retired.approval()).isEqualTo(APPROVAL);
        assertThat(dues.monthlyFor(YearMonth.of(2026, 4))).isEqualTo(yuan("100.00"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 5))).isEqualTo(yuan("51.00"));
    }

    @Test
    @DisplayName("D5 below the new standard amount is a reduction even when above the amount in force")
    void belowTheStandardIsAReduction() {
        AnnualDues dues = AnnualDues.propose(YEAR, IN_SERVICE, INCOME);
        dues.confirm(yuan("20.00"), "家庭困难", APPROVAL);
        assertRefused(() -> dues.change(YearMonth.of(2026, 9), IN_SERVICE, INCOME, yuan("50.00"), "困难缓解", null),
                "dues.reductionNeedsApproval", "approval");
        DuesChange back = dues.change(YearMonth.of(2026, 9), IN_SERVICE, INCOME, null, "困难解除", null);
        assertThat(back.monthly()).isEqualTo(yuan("76.50"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 8))).isEqualTo(yuan("20.00"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 9))).isEqualTo(yuan("76.50"));
    }

    @Test
    @DisplayName("D5 the latest change covering a month decides its amount")
    void latestChangeWins() {
        AnnualDues dues = confirmed(null);
        dues.change(YearMonth.of(2026, 9), IN_SERVICE, INCOME, yuan("90.00"), "自愿多交", null);
        dues.change(YearMonth.of(2026, 4), IN_SERVICE, INCOME, yuan("80.00"), "自愿多交", null);
        assertThat(dues.monthlyFor(YearMonth.of(2026, 3))).isEqualTo(yuan("76.50"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 4))).isEqualTo(yuan("80.00"));
        assertThat(dues.monthlyFor(YearMonth.of(2026, 10))).isEqualTo(yuan("80.00"));
    }

    @Test
    @DisplayName("D5 an approval names who approved and when")
    void approvalIsComplete() {
        assertRefused(() -> new CommitteeApproval(" ", LocalDate.of(2026, 3, 2)), "dues.approvedByRequired",
                "approvedBy");
        assertRefused(() -> new CommitteeApproval("党委", null), "dues.approvedOnRequired", "approvedOn");
        assertRefused(() -> new CommitteeApproval("长".repeat(201), LocalDate.of(2026, 3, 2)),
                "dues.approvedByTooLong", "approvedBy");
        assertThat(new CommitteeApproval(" 党委 ", LocalDate.of(2026, 3, 2)).approvedBy()).isEqualTo("党委");
    }
}
