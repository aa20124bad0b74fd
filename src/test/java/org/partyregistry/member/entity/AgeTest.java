package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgeTest {

    static final LocalDate LEAP_BORN = LocalDate.of(2008, 2, 29);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("M4 born on 29 February: 17 on 28 February of a non-leap year, 18 on 1 March")
    void leapDayBirthdayInNonLeapYear() {
        assertThat(Age.adultOn(LEAP_BORN)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Age.on(LEAP_BORN, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Age.on(LEAP_BORN, LocalDate.of(2026, 3, 1))).isEqualTo(18);
    }

    @Test
    @DisplayName("M4 born on 29 February: the birthday is 29 February itself in a leap year")
    void leapDayBirthdayInLeapYear() {
        assertThat(Age.birthday(LEAP_BORN, 20)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Age.on(LEAP_BORN, LocalDate.of(2028, 2, 28))).isEqualTo(19);
        assertThat(Age.on(LEAP_BORN, LocalDate.of(2028, 2, 29))).isEqualTo(20);
    }

    @Test
    @DisplayName("M4 an ordinary birthday: 18 on the day itself, not the day before")
    void ordinaryBirthday() {
        LocalDate born = LocalDate.of(2008, 3, 1);
        assertThat(Age.on(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Age.on(born, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(Age.on(born, born)).isZero();
    }

    @Test
    @DisplayName("M4 the application check agrees: applying on 28 February 2026 is refused, on 1 March accepted")
    void applicationCheckOnLeapDay() {
        assertRefused(() -> new Steps(LocalDate.of(2026, 2, 28), null, null, null, null)
                .check(LEAP_BORN, null, TODAY), "member.underAge", "appliedOn");
        new Steps(LocalDate.of(2026, 3, 1), null, null, null, null).check(LEAP_BORN, null, TODAY);
    }
}
