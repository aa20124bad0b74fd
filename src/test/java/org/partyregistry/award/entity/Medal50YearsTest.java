package org.partyregistry.award.entity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule AW13: which years the candidate list and the rounds answer for. */
class Medal50YearsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    @DisplayName("AW13 candidates for planning: 2021 and today + 10 answer, 2020 and today + 11 are refused")
    void planningYears() {
        assertThatCode(() -> Medal50.requirePlanningYear(2021, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> Medal50.requirePlanningYear(2036, TODAY)).doesNotThrowAnyException();
        assertRefused(() -> Medal50.requirePlanningYear(2037, TODAY), "medal.yearRange", "year");
        assertRefused(() -> Medal50.requirePlanningYear(2020, TODAY), "medal.yearRange", "year");
    }

    @Test
    @DisplayName("AW13 rounds (confirm, approve, award) stay from 2021 to next year")
    void roundYears() {
        assertThatCode(() -> Medal50.requireRoundYear(2021, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> Medal50.requireRoundYear(2027, TODAY)).doesNotThrowAnyException();
        assertRefused(() -> Medal50.requireRoundYear(2028, TODAY), "medal.yearRange", "year");
        assertRefused(() -> Medal50.requireRoundYear(2020, TODAY), "medal.yearRange", "year");
    }

    @Test
    @DisplayName("AW13 the planning range moves with the calendar year: on 1 January 2027 it reaches 2037")
    void newYear() {
        assertThatCode(() -> Medal50.requirePlanningYear(2037, LocalDate.of(2027, 1, 1))).doesNotThrowAnyException();
        assertRefused(() -> Medal50.requirePlanningYear(2037, LocalDate.of(2026, 12, 31)), "medal.yearRange",
                "year");
    }
}
