package org.partyregistry.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.dues.entity.DuesCategory.IN_SERVICE;
import static org.partyregistry.dues.entity.PaymentMethod.BANK_TRANSFER;
import static org.partyregistry.dues.entity.PaymentMethod.CASH;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuesLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate ADMITTED = LocalDate.of(2020, 3, 15);

    DuesLedger ledger;

    /** 2025 fixed at 49.00 a month (income 4900), 2026 at 76.50 (income 5100). */
    @BeforeEach
    void ledger() {
        ledger = new DuesLedger(ADMITTED);
        ledger.fix(year(2025, "4900"));
        ledger.fix(year(2026, "5100"));
    }

    static AnnualDues year(int year, String income) {
        AnnualDues dues = AnnualDues.propose(Year.of(year), IN_SERVICE, new BigDecimal(income));
        dues.confirm(null, null, null);
        return dues;
    }

    static List<YearMonth> months(String... months) {
        return Arrays.stream(months).map(YearMonth::parse).toList();
    }

    DuesPayment pay(LocalDate paidOn, String amount, String... months) {
        return ledger.record(paidOn, months(months), new BigDecimal(amount), CASH, TODAY);
    }

    @Test
    @DisplayName("D6 several months at once: the amount is the sum of their fixed amounts, across a year's end")
    void severalMonthsAcrossTheYearEnd() {
        DuesPayment payment = ledger.record(LocalDate.of(2026, 2, 10),
                months("2026-02", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"), new BigDecimal("349.00"),
                BANK_TRANSFER, TODAY);
        assertThat(payment.months()).as("kept in calendar order").containsExactlyElementsOf(
                months("2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"));
        assertThat(payment.amount()).isEqualTo(new BigDecimal("349.00"));
        assertThat(payment.method()).isEqualTo(BANK_TRANSFER);
        assertThat(ledger.isPaid(YearMonth.of(2025, 9))).isTrue();
        assertThat(ledger.isPaid(YearMonth.of(2026, 2))).isTrue();
        assertThat(ledger.isPaid(YearMonth.of(2026, 3))).isFalse();
        assertThat(ledger.getPayments()).containsExactly(payment);
    }

    @Test
    @DisplayName("D6 an amount a fen off the sum is refused and records nothing")
    void amountMustMatch() {
        assertRefused(() -> pay(TODAY, "152.99", "2026-10", "2026-11"), "dues.amountMismatch", "amount");
        assertRefused(() -> pay(TODAY, "153.01", "2026-10", "2026-11"), "dues.amountMismatch", "amount");
        assertRefused(() -> pay(TODAY, "153.001", "2026-10", "2026-11"), "dues.amountScale", "amount");
        assertRefused(() -> pay(TODAY, "-153", "2026-10", "2026-11"), "dues.amountNegative", "amount");
        assertThat(ledger.isPaid(YearMonth.of(2026, 10))).isFalse();
        assertThat(ledger.getPayments()).isEmpty();
        assertThat(pay(TODAY, "153", "2026-10", "2026-11").amount()).isEqualTo(new BigDecimal("153.00"));
    }

    @Test
    @DisplayName("D6 the amount follows a change during the year: each month at the amount in force")
    void amountFollowsChanges() {
        DuesLedger changed = new DuesLedger(ADMITTED);
        AnnualDues dues = year(2026, "5100");
        dues.change(YearMonth.of(2026, 7), IN_SERVICE, new BigDecimal("5100"), new BigDecimal("100.00"), "自愿多交", null);
        changed.fix(dues);
        assertThat(changed.amountDue(months("2026-06", "2026-07"))).isEqualTo(new BigDecimal("176.50"));
        assertRefused(() -> changed.record(LocalDate.of(2026, 7, 20), months("2026-06", "2026-07"),
                new BigDecimal("153.00"), CASH, TODAY), "dues.amountMismatch", "amount");
        changed.record(LocalDate.of(2026, 7, 20), months("2026-06", "2026-07"), new BigDecimal("176.50"), CASH, TODAY);
        assertThat(changed.isPaid(YearMonth.of(2026, 7))).isTrue();
    }

    @Test
    @DisplayName("D6 a month already paid, or listed twice, is refused")
    void eachMonthOnce() {
        pay(TODAY, "76.50", "2026-10");
        assertRefused(() -> pay(TODAY, "153.00", "2026-10", "2026-11"), "dues.alreadyPaid", "months");
        assertThat(ledger.isPaid(YearMonth.of(2026, 11))).as("nothing of a refused payment is kept").isFalse();
        assertRefused(() -> pay(TODAY, "153.00", "2026-11", "2026-11"), "dues.monthTwice", "months");
        assertThat(ledger.getPayments()).hasSize(1);
    }

    @Test
    @DisplayName("D6 a month of a year whose amounts are not fixed cannot be paid")
    void yearMustBeFixed() {
        assertRefused(() -> pay(LocalDate.of(2025, 1, 5), "49.00", "2024-12"), "dues.yearNotFixed", "months");
        DuesLedger unfixed = new DuesLedger(ADMITTED);
        assertRefused(() -> unfixed.fix(AnnualDues.propose(Year.of(2027), IN_SERVICE, BigDecimal.TEN)),
                "dues.yearNotFixed", null);
        assertRefused(() -> ledger.fix(year(2026, "9000")), "dues.yearAlreadyFixed", null);
        assertThat(ledger.amountDue(months("2026-01"))).isEqualTo(new BigDecimal("76.50"));
    }

    @Test
    @DisplayName("D7 exactly 6 months before the month of payment is allowed, 7 are refused")
    void backPaymentAtMostSixMonths() {
        assertRefused(() -> pay(TODAY, "76.50", "2026-04"), "dues.tooFarBack", "months");
        assertRefused(() -> pay(TODAY, "535.50", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09",
                "2026-10"), "dues.tooFarBack", "months");
        assertThat(ledger.isPaid(YearMonth.of(2026, 5))).isFalse();
        pay(TODAY, "76.50", "2026-05");
        assertThat(ledger.isPaid(YearMonth.of(2026, 5))).isTrue();
        assertRefused(() -> pay(LocalDate.of(2026, 2, 28), "49.00", "2025-07"), "dues.tooFarBack", "months");
        pay(LocalDate.of(2026, 2, 1), "49.00", "2025-08");
        assertThat(ledger.isPaid(YearMonth.of(2025, 8))).isTrue();
    }

    @Test
    @DisplayName("D7 the month of payment may be paid, the next one not; the payment date is not in the future")
    void noFutureMonth() {
        assertRefused(() -> pay(TODAY, "76.50", "2026-12"), "dues.futureMonth", "months");
        assertRefused(() -> pay(LocalDate.of(2026, 9, 30), "76.50", "2026-10"), "dues.futureMonth", "months");
        assertRefused(() -> pay(TODAY.plusDays(1), "76.50", "2026-11"), "error.dateInFuture", "paidOn");
        pay(TODAY, "76.50", "2026-11");
        assertThat(ledger.isPaid(YearMonth.of(2026, 11))).isTrue();
        assertThat(ledger.isPaid(YearMonth.of(2026, 12))).isFalse();
    }

    @Test
    @DisplayName("D7 a probationary member pays from the month of admission, not before")
    void fromTheMonthOfAdmission() {
        DuesLedger probationary = new DuesLedger(LocalDate.of(2026, 9, 30));
        probationary.fix(year(2026, "4900"));
        assertThat(probationary.getFirstPayableMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertRefused(() -> probationary.record(TODAY, months("2026-08", "2026-09"), new BigDecimal("98.00"), CASH,
                TODAY), "dues.beforeAdmission", "months");
        probationary.record(TODAY, months("2026-09"), new BigDecimal("49.00"), CASH, TODAY);
        assertThat(probationary.isPaid(YearMonth.of(2026, 9))).isTrue();
        assertRefused(() -> new DuesLedger(null), "dues.admittedOnRequired", "admittedOn");
    }

    @Test
    @DisplayName("D8 arrears count from January of the first fixed year, not from an admission before it")
    void arrearsBeginWithTheFirstFixedYear() {
        Arrears nothingPaid = ledger.arrears(TODAY);
        assertThat(nothingPaid.unpaidSince()).as("admitted 2020-03, first year fixed 2025")
                .isEqualTo(YearMonth.of(2025, 1));
        assertThat(nothingPaid.monthsUnpaid()).isEqualTo(22);
        assertThat(nothingPaid.level()).isEqualTo(ArrearsLevel.ALERT);

        DuesLedger unfixed = new DuesLedger(ADMITTED);
        assertThat(unfixed.arrears(TODAY).unpaidSince()).as("no year fixed: from admission")
                .isEqualTo(YearMonth.of(2020, 3));

        DuesLedger late = new DuesLedger(LocalDate.of(2026, 9, 3));
        late.fix(year(2025, "4900"));
        assertThat(late.arrears(TODAY).unpaidSince()).as("admitted after the first fixed year's January")
                .isEqualTo(YearMonth.of(2026, 9));
        assertThat(late.arrears(TODAY).level()).as("September and October: not yet a reminder")
                .isEqualTo(ArrearsLevel.NONE);

        DuesLedger thisYear = new DuesLedger(ADMITTED);
        thisYear.fix(year(2026, "5100"));
        assertThat(thisYear.arrears(LocalDate.of(2026, 3, 31)).monthsUnpaid()).as("January and February")
                .isEqualTo(2);
        assertThat(thisYear.arrears(LocalDate.of(2026, 4, 1)).level()).as("January to March: a reminder")
                .isEqualTo(ArrearsLevel.REMINDER);
        assertThat(DuesLedger.firstOnRecord(YearMonth.of(2020, 3), null)).isEqualTo(YearMonth.of(2020, 3));
        assertThat(DuesLedger.firstOnRecord(YearMonth.of(2020, 3), 2019)).isEqualTo(YearMonth.of(2020, 3));
        assertThat(DuesLedger.firstOnRecord(YearMonth.of(2020, 3), 2021)).isEqualTo(YearMonth.of(2021, 1));
    }

    @Test
    @DisplayName("D6 a payment names its date, its method and at least one month")
    void requiredParts() {
        assertRefused(() -> ledger.record(null, months("2026-11"), new BigDecimal("76.50"), CASH, TODAY),
                "dues.paidOnRequired", "paidOn");
        assertRefused(() -> ledger.record(TODAY, months("2026-11"), new BigDecimal("76.50"), null, TODAY),
                "dues.methodRequired", "method");
        assertRefused(() -> ledger.record(TODAY, List.of(), new BigDecimal("76.50"), CASH, TODAY),
                "dues.monthsRequired", "months");
        assertRefused(() -> ledger.record(TODAY, null, new BigDecimal("76.50"), CASH, TODAY),
                "dues.monthsRequired", "months");
        assertRefused(() -> ledger.record(TODAY, months("2026-11"), null, CASH, TODAY),
                "dues.amountRequired", "amount");
        assertThat(ledger.getPayments()).isEmpty();
    }
}
