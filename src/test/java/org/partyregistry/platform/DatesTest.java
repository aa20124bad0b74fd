package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    @DisplayName("not in the future: today and null pass, tomorrow and the largest date are refused on the field")
    void notInFuture() {
        assertThatCode(() -> Dates.notInFuture("on", TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> Dates.notInFuture("on", null, TODAY)).doesNotThrowAnyException();
        assertRefused(() -> Dates.notInFuture("on", TODAY.plusDays(1), TODAY), "error.dateInFuture", "on");
        assertRefused(() -> Dates.notInFuture("on", LocalDate.MAX, TODAY), "error.dateInFuture", "on");
    }

    @Test
    @DisplayName("planned: at most 5 years after today, the bound named in both languages")
    void planned() {
        LocalDate latest = LocalDate.of(2031, 11, 28);
        assertThat(Dates.latestPlanned(TODAY)).isEqualTo(latest);
        assertThatCode(() -> Dates.planned("to", latest, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> Dates.planned("to", null, TODAY)).doesNotThrowAnyException();
        assertRefused(() -> Dates.planned("to", latest.plusDays(1), TODAY), "error.dateTooLate", "to");
        assertThatThrownBy(() -> Dates.planned("to", LocalDate.of(9999, 12, 31), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).format(e.key(), e.args()))
                            .isEqualTo("日期 9999-12-31 不能晚于 2031-11-28");
                    assertThat(Messages.of(Locale.ENGLISH).format(e.key(), e.args()))
                            .isEqualTo("The date 9999-12-31 cannot be after 2031-11-28");
                });
    }

    @Test
    @DisplayName("party dates: 1921-07-01 passes, 1921-06-30 is refused naming the bound")
    void partyDate() {
        assertThatCode(() -> Dates.partyDate("from", Dates.PARTY_FOUNDED)).doesNotThrowAnyException();
        assertRefused(() -> Dates.partyDate("from", LocalDate.of(1921, 6, 30)), "error.dateTooEarly", "from");
    }
}
