package org.partyregistry.activity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("ACT7 a whole year holds 12 months, 4 quarters, 1 year")
    void wholeYear() {
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-01-01"), d("2025-12-31"))).isEqualTo(12);
        assertThat(Frequency.QUARTERLY.periodsWithin(d("2025-01-01"), d("2025-12-31"))).isEqualTo(4);
        assertThat(Frequency.YEARLY.periodsWithin(d("2025-01-01"), d("2025-12-31"))).isEqualTo(1);
        assertThat(Frequency.NONE.periodsWithin(d("2025-01-01"), d("2025-12-31"))).isZero();
    }

    @Test
    @DisplayName("ACT7 only whole periods count: a day short of a month, quarter or year requires nothing for it")
    void partialPeriods() {
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-01-02"), d("2025-03-31"))).as("Feb, Mar").isEqualTo(2);
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-01-01"), d("2025-03-30"))).as("Jan, Feb").isEqualTo(2);
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-02-01"), d("2025-02-28"))).isEqualTo(1);
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-02-01"), d("2025-02-27"))).isZero();
        assertThat(Frequency.QUARTERLY.periodsWithin(d("2025-02-01"), d("2025-12-31"))).as("Q2-Q4").isEqualTo(3);
        assertThat(Frequency.QUARTERLY.periodsWithin(d("2025-01-01"), d("2025-06-29"))).as("Q1").isEqualTo(1);
        assertThat(Frequency.QUARTERLY.periodsWithin(d("2025-04-01"), d("2025-06-30"))).isEqualTo(1);
        assertThat(Frequency.QUARTERLY.periodsWithin(d("2025-11-01"), d("2026-03-31"))).as("Q1 2026").isEqualTo(1);
        assertThat(Frequency.YEARLY.periodsWithin(d("2025-01-02"), d("2026-12-31"))).isEqualTo(1);
        assertThat(Frequency.YEARLY.periodsWithin(d("2025-01-01"), d("2025-12-30"))).isZero();
    }

    @Test
    @DisplayName("ACT7 an empty or reversed range requires nothing")
    void emptyRange() {
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-03-01"), d("2025-02-28"))).isZero();
        assertThat(Frequency.MONTHLY.periodsWithin(d("2025-03-05"), d("2025-03-05"))).isZero();
    }

    @Test
    @DisplayName("ACT16 the whole periods of a range and the period holding a day")
    void periodsAndPeriodOf() {
        LocalDate d = LocalDate.of(2025, 2, 15);
        assertThat(Frequency.QUARTERLY.periods(d, LocalDate.of(2025, 12, 30)))
                .containsExactly(new Frequency.Span(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)),
                        new Frequency.Span(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
        assertThat(Frequency.MONTHLY.periods(d, LocalDate.of(2025, 4, 30)))
                .hasSize(2);
        assertThat(Frequency.YEARLY.periodOf(d))
                .isEqualTo(new Frequency.Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Frequency.QUARTERLY.periodOf(LocalDate.of(2025, 12, 31)).from())
                .isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(Frequency.NONE.periodOf(d)).isNull();
        assertThat(Frequency.NONE.periods(d, d.plusYears(1))).isEmpty();
        for (Frequency f : java.util.List.of(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY)) {
            assertThat(f.periods(d, LocalDate.of(2027, 3, 3))).as(f.name())
                    .hasSize(f.periodsWithin(d, LocalDate.of(2027, 3, 3)));
        }
    }
}
