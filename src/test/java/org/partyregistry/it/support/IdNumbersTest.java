package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fictional ID numbers the integration tests register are valid, and never handed out twice. */
class IdNumbersTest {

    @Test
    void uniqueNumbersAreValidAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1200; i++) {
            String id = IdNumbers.unique(LocalDate.of(1980, 1, 1), i % 2 == 0);
            assertThat(id).hasSize(18).startsWith("9");
            assertThat(id.charAt(17)).isEqualTo(IdNumbers.check(id.substring(0, 17)));
            assertThat(seen.add(id)).as(id).isTrue();
        }
    }

    @Test
    void bornOnKeepsTheBirthDateAndSex() {
        String id = IdNumbers.bornOn(LocalDate.of(1950, 5, 2), false);
        assertThat(id.substring(6, 14)).isEqualTo("19500502");
        assertThat((id.charAt(16) - '0') % 2).as("even for a woman").isZero();
        assertThat(id.charAt(17)).isEqualTo(IdNumbers.check(id.substring(0, 17)));
    }

    @Test
    void wrongCheckIsWrong() {
        String id = IdNumbers.unique(LocalDate.of(1990, 6, 1), true);
        String wrong = IdNumbers.withWrongCheck(id);
        assertThat(wrong.substring(0, 17)).isEqualTo(id.substring(0, 17));
        assertThat(wrong.charAt(17)).isNotEqualTo(IdNumbers.check(id.substring(0, 17)));
    }
}
