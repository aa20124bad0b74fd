package org.partyregistry.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.dues.entity.ArrearsLevel.ALERT;
import static org.partyregistry.dues.entity.ArrearsLevel.NONE;
import static org.partyregistry.dues.entity.ArrearsLevel.REMINDER;
import static org.partyregistry.dues.entity.DuesCategory.IN_SERVICE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.ChinaClock;

class ArrearsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** A member admitted in 2020 who paid each month of 2026 from January to {@code lastPaid} on its last day. */
    static DuesLedger paidThrough(int lastPaid) {
        DuesLedger ledger = new DuesLedger(LocalDate.of(2020, 3, 15));
        AnnualDues year = AnnualDues.propose(Year.of(2026), IN_SERVICE, new BigDecimal("4900"));
        year.confirm(null, null, null);
        ledger.fix(year);
        for (int month = 1; month <= lastPaid; month++) {
            YearMonth paid = YearMonth.of(2026, month);
            ledger.record(paid.atEndOfMonth(), List.of(paid), new BigDecimal("49.00"), PaymentMethod.CASH, TODAY);
        }
        return ledger;
    }

    @Test
    @DisplayName("D8 2 months unpaid is no arrears, 3 a reminder, 5 still a reminder, 6 an alert")
    void levels() {
        DuesLedger ledger = new DuesLedger(LocalDate.of(2020, 3, 15));
        AnnualDues year = AnnualDues.propose(Year.of(2026), IN_SERVICE, new BigDecimal("4900"));
        year.confirm(null, null, null);
        ledger.fix(year);
        ledger.record(LocalDate.of(2026, 4, 30), List.of(YearMonth.of(2026, 4)), new BigDecimal("49.00"),
                PaymentMethod.CASH, TODAY);
        assertThat(ledger.arrears(LocalDate.of(2026, 7, 1))).isEqualTo(
                new Arrears(LocalDate.of(2026, 7, 1), 2, YearMonth.of(2026, 5), NONE));
        assertThat(ledger.arrears(LocalDate.of(2026, 8, 1))).isEqualTo(
                new Arrears(LocalDate.of(2026, 8, 1), 3, YearMonth.of(2026, 5), REMINDER));
        assertThat(ledger.arrears(LocalDate.of(2026, 10, 31)).level()).isEqualTo(REMINDER);
        assertThat(ledger.arrears(LocalDate.of(2026, 10, 31)).monthsUnpaid()).isEqualTo(5);
        assertThat(ledger.arrears(LocalDate.of(2026, 11, 1))).isEqualTo(
                new Arrears(LocalDate.of(2026, 11, 1), 6, YearMonth.of(2026, 5), ALERT));
    }

    @Test
    @DisplayName("D8 the current month is not late yet; a payment of the last months clears the arrears")
    void currentMonthIsNotLate() {
        assertThat(paidThrough(7).arrears(TODAY)).isEqualTo(new Arrears(TODAY, 3, YearMonth.of(2026, 8), REMINDER));
        assertThat(paidThrough(7).arrears(LocalDate.of(2026, 10, 31)).level()).isEqualTo(NONE);
        DuesLedger ledger = paidThrough(7);
        ledger.record(TODAY, List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10)),
                new BigDecimal("147.00"), PaymentMethod.ONLINE, TODAY);
        assertThat(ledger.arrears(TODAY)).isEqualTo(new Arrears(TODAY, 0, null, NONE));
    }

    @Test
    @DisplayName("D8 months in a row: a paid month ends the count")
    void countsTheMonthsInARow() {
        DuesLedger ledger = paidThrough(7);
        ledger.record(TODAY, List.of(YearMonth.of(2026, 9)), new BigDecimal("49.00"), PaymentMethod.CASH, TODAY);
        assertThat(ledger.arrears(LocalDate.of(2026, 12, 15))).isEqualTo(
                new Arrears(LocalDate.of(2026, 12, 15), 2, YearMonth.of(2026, 10), NONE));
    }

    @Test
    @DisplayName("D8 nothing is owed before the month of admission")
    void fromAdmission() {
        DuesLedger ledger = new DuesLedger(LocalDate.of(2026, 9, 10));
        assertThat(ledger.arrears(LocalDate.of(2026, 9, 30)).monthsUnpaid()).isZero();
        assertThat(ledger.arrears(TODAY)).isEqualTo(new Arrears(TODAY, 2, YearMonth.of(2026, 9), NONE));
        assertThat(ledger.arrears(LocalDate.of(2026, 12, 1)).level()).isEqualTo(REMINDER);
    }

    @Test
    @DisplayName("D8 as of today in China: 00:30 on 1 December in Beijing is still 30 November in UTC")
    void chinaTime() {
        DuesLedger ledger = paidThrough(8);
        ChinaClock clock = new ChinaClock(Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC));
        assertThat(ledger.arrears(LocalDate.of(2026, 11, 30)).level()).as("Sep, Oct").isEqualTo(NONE);
        Arrears arrears = ledger.arrears(clock);
        assertThat(arrears.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(arrears.monthsUnpaid()).as("Sep, Oct, Nov").isEqualTo(3);
        assertThat(arrears.level()).isEqualTo(REMINDER);
    }

    @Test
    @DisplayName("D8 the thresholds: 3 and 6 months")
    void thresholds() {
        assertThat(ArrearsLevel.of(0)).isEqualTo(NONE);
        assertThat(ArrearsLevel.of(2)).isEqualTo(NONE);
        assertThat(ArrearsLevel.of(3)).isEqualTo(REMINDER);
        assertThat(ArrearsLevel.of(5)).isEqualTo(REMINDER);
        assertThat(ArrearsLevel.of(6)).isEqualTo(ALERT);
        assertThat(ArrearsLevel.of(30)).isEqualTo(ALERT);
    }

    @Test
    @DisplayName("D8 from the latest month paid and the month of admission, as the arrears query gives them")
    void fromLatestPaidMonth() {
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        assertThat(Arrears.of(asOf, YearMonth.of(2020, 3), YearMonth.of(2026, 8)))
                .isEqualTo(new Arrears(asOf, 2, YearMonth.of(2026, 9), NONE));
        assertThat(Arrears.of(asOf, YearMonth.of(2020, 3), YearMonth.of(2026, 7)))
                .isEqualTo(new Arrears(asOf, 3, YearMonth.of(2026, 8), REMINDER));
        assertThat(Arrears.of(asOf, YearMonth.of(2020, 3), YearMonth.of(2026, 10)))
                .isEqualTo(new Arrears(asOf, 0, null, NONE));
        assertThat(Arrears.of(asOf, YearMonth.of(2026, 5), null)).as("nothing paid since admission in May")
                .isEqualTo(new Arrears(asOf, 6, YearMonth.of(2026, 5), ALERT));
        assertThat(Arrears.of(asOf, YearMonth.of(2026, 11), null)).as("admitted this month")
                .isEqualTo(new Arrears(asOf, 0, null, NONE));
        for (int lastPaid = 1; lastPaid <= 10; lastPaid++) {
            assertThat(Arrears.of(asOf, YearMonth.of(2020, 3), YearMonth.of(2026, lastPaid))).as("paid to %d", lastPaid)
                    .isEqualTo(paidThrough(lastPaid).arrears(asOf));
        }
    }

    @Test
    @DisplayName("D6 D8 months restored from storage count as paid: paid again is refused, arrears see them")
    void restoredMonths() {
        DuesLedger ledger = paidThrough(0);
        ledger.restorePaid(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10)));
        assertThat(ledger.arrears(TODAY)).isEqualTo(new Arrears(TODAY, 0, null, NONE));
        assertThat(ledger.isPaid(YearMonth.of(2026, 10))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.record(TODAY, List.of(YearMonth.of(2026, 10)),
                        new BigDecimal("49.00"), PaymentMethod.CASH, TODAY))
                .isInstanceOf(org.partyregistry.platform.BusinessException.class)
                .hasMessage("dues.alreadyPaid");
    }
}
