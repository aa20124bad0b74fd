package org.partyregistry.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TermStatusTest {

    static final LocalDate EXPIRES = LocalDate.of(2027, 5, 27);

    @Test
    @DisplayName("O8 the day before the 6-month mark is CURRENT")
    void dayBeforeSixMonths() {
        assertThat(TermStatus.of(EXPIRES, LocalDate.of(2026, 11, 26))).isEqualTo(TermStatus.CURRENT);
    }

    @Test
    @DisplayName("O8 exactly 6 months before expiry is DUE_IN_6_MONTHS")
    void exactlySixMonths() {
        assertThat(TermStatus.of(EXPIRES, LocalDate.of(2026, 11, 27))).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
    }

    @Test
    @DisplayName("O8 the day before the 1-month mark is still DUE_IN_6_MONTHS")
    void dayBeforeOneMonth() {
        assertThat(TermStatus.of(EXPIRES, LocalDate.of(2027, 4, 26))).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
    }

    @Test
    @DisplayName("O8 exactly 1 month before expiry is DUE_IN_1_MONTH")
    void exactlyOneMonth() {
        assertThat(TermStatus.of(EXPIRES, LocalDate.of(2027, 4, 27))).isEqualTo(TermStatus.DUE_IN_1_MONTH);
    }

    @Test
    @DisplayName("O8 the expiry day itself is DUE_IN_1_MONTH, not overdue")
    void expiryDay() {
        assertThat(TermStatus.of(EXPIRES, EXPIRES)).isEqualTo(TermStatus.DUE_IN_1_MONTH);
    }

    @Test
    @DisplayName("O8 the day after expiry is OVERDUE")
    void dayAfterExpiry() {
        assertThat(TermStatus.of(EXPIRES, EXPIRES.plusDays(1))).isEqualTo(TermStatus.OVERDUE);
        assertThat(TermStatus.of(EXPIRES, EXPIRES.plusYears(2))).isEqualTo(TermStatus.OVERDUE);
    }

    @Test
    @DisplayName("O8 month-end expiry: 6 and 1 months before 2027-08-31 are 2027-02-28 and 2027-07-31")
    void monthEnd() {
        LocalDate expires = LocalDate.of(2027, 8, 31);
        assertThat(TermStatus.of(expires, LocalDate.of(2027, 2, 27))).isEqualTo(TermStatus.CURRENT);
        assertThat(TermStatus.of(expires, LocalDate.of(2027, 2, 28))).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
        assertThat(TermStatus.of(expires, LocalDate.of(2027, 7, 30))).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
        assertThat(TermStatus.of(expires, LocalDate.of(2027, 7, 31))).isEqualTo(TermStatus.DUE_IN_1_MONTH);
    }

    @Test
    @DisplayName("O8 the warning states need attention; CURRENT and ENDED do not")
    void needsAttention() {
        assertThat(TermStatus.CURRENT.needsAttention()).isFalse();
        assertThat(TermStatus.ENDED.needsAttention()).isFalse();
        assertThat(TermStatus.DUE_IN_6_MONTHS.needsAttention()).isTrue();
        assertThat(TermStatus.DUE_IN_1_MONTH.needsAttention()).isTrue();
        assertThat(TermStatus.OVERDUE.needsAttention()).isTrue();
    }
}
