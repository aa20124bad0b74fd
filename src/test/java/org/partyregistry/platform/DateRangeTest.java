package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);

    @Test
    void bothEndsAreIncluded() {
        DateRange january = DateRange.of(JAN_1, JAN_31);
        assertThat(january.contains(JAN_1)).isTrue();
        assertThat(january.contains(JAN_31)).isTrue();
        assertThat(january.contains(JAN_31.plusDays(1))).isFalse();
        assertThat(january.contains(JAN_1.minusDays(1))).isFalse();
        assertThat(january.days()).isEqualTo(31);
        assertThat(DateRange.of(JAN_1, JAN_1).days()).isEqualTo(1);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> DateRange.of(JAN_31, JAN_1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenPeriodRunsOn() {
        DateRange running = DateRange.since(JAN_31);
        assertThat(running.isOpen()).isTrue();
        assertThat(running.contains(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(running.contains(JAN_1)).isFalse();
        assertThatThrownBy(running::days).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void periodsSharingOneDayOverlap() {
        DateRange january = DateRange.of(JAN_1, JAN_31);
        assertThat(january.overlaps(DateRange.of(JAN_31, JAN_31.plusDays(5)))).isTrue();
        assertThat(january.overlaps(DateRange.since(JAN_31.plusDays(1)))).isFalse();
        assertThat(january.intersection(DateRange.since(LocalDate.of(2025, 1, 20))))
                .contains(DateRange.of(LocalDate.of(2025, 1, 20), JAN_31));
        assertThat(DateRange.since(JAN_1).intersection(DateRange.since(JAN_31))).contains(DateRange.since(JAN_31));
        assertThat(january.intersection(DateRange.year(2024))).isEmpty();
    }
}
