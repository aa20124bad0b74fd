package org.partyregistry.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule D8's summary: the dues standing kept current payment by payment equals the one rebuilt from the facts, and
 * gives the arrears the rule defines (counted here month by month), whatever the order of the payments.
 */
class StandingTest {

    static final YearMonth ADMITTED = YearMonth.of(2023, 5);

    /** Rule D8 by its words: the months in a row unpaid up to the last complete month, from the first on record. */
    static Arrears byDefinition(LocalDate asOf, YearMonth first, Set<YearMonth> paid) {
        YearMonth month = YearMonth.from(asOf).minusMonths(1);
        while (!month.isBefore(first) && !paid.contains(month)) {
            month = month.minusMonths(1);
        }
        return Arrears.of(asOf, first, month.isBefore(first) ? null : month);
    }

    @Test
    @DisplayName("D8 D14 the standing kept current over 200 random payment histories equals the rebuilt one")
    void keptCurrentEqualsRebuilt() {
        Random random = new Random(16);
        for (int history = 0; history < 200; history++) {
            Integer firstFixed = random.nextBoolean() ? null : 2023 + random.nextInt(2);
            YearMonth first = DuesLedger.firstOnRecord(ADMITTED, firstFixed);
            Standing kept = Standing.of(ADMITTED, firstFixed, List.of());
            Set<YearMonth> paid = new TreeSet<>();
            LocalDate today = first.atDay(1);
            for (int step = 0; step < 40; step++) {
                today = today.plusDays(random.nextInt(40));
                YearMonth current = YearMonth.from(today);
                // rule D7: the months of one payment lie between 6 months back and the current month
                List<YearMonth> months = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    YearMonth month = current.minusMonths(random.nextInt(7));
                    if (!month.isBefore(first) && !paid.contains(month) && !months.contains(month)) {
                        months.add(month);
                    }
                }
                if (!months.isEmpty() && random.nextInt(3) > 0) {
                    kept = kept.paid(months);
                    paid.addAll(months);
                }
                assertThat(kept).as("history %d step %d", history, step)
                        .isEqualTo(Standing.of(ADMITTED, firstFixed, paid));
                assertThat(kept.arrears(today)).isEqualTo(byDefinition(today, first, paid));
            }
        }
    }

    @Test
    @DisplayName("D8 D14 paying the current month while the three before it are open is still 3 months behind")
    void currentMonthPaidWithEarlierOpen() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        Standing standing = Standing.of(ADMITTED, 2025, List.of()).paid(List.of(YearMonth.of(2026, 8)))
                .paid(List.of(YearMonth.of(2026, 12)));
        assertThat(standing.paidThrough()).isEqualTo(Standing.number(YearMonth.of(2026, 12)));
        assertThat(standing.paidBefore()).isEqualTo(Standing.number(YearMonth.of(2026, 8)));
        Arrears arrears = standing.arrears(today);
        assertThat(arrears.monthsUnpaid()).isEqualTo(3);
        assertThat(arrears.unpaidSince()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(arrears.level()).isEqualTo(ArrearsLevel.REMINDER);
    }

    @Test
    @DisplayName("D8 nothing paid counts from the first month on record: January of the first year fixed, or admission")
    void nothingPaid() {
        LocalDate today = LocalDate.of(2025, 7, 10);
        assertThat(Standing.of(ADMITTED, 2025, List.of()).arrears(today).unpaidSince())
                .isEqualTo(YearMonth.of(2025, 1));
        assertThat(Standing.of(ADMITTED, null, List.of()).arrears(today).unpaidSince()).isEqualTo(ADMITTED);
        assertThat(Standing.of(ADMITTED, 2022, List.of()).arrears(today).monthsUnpaid()).isEqualTo(26);
    }

    @Test
    @DisplayName("Months are numbered year * 12 + month - 1 and back")
    void monthNumbers() {
        assertThat(Standing.number(YearMonth.of(2026, 1))).isEqualTo(2026 * 12);
        assertThat(Standing.month(Standing.number(YearMonth.of(2026, 12)))).isEqualTo(YearMonth.of(2026, 12));
    }
}
