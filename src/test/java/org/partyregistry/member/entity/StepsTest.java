package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StepsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate BORN = LocalDate.of(1990, 1, 1);

    static Steps admitted(LocalDate probationaryOn, LocalDate fullOn) {
        return new Steps(null, null, null, probationaryOn, fullOn);
    }

    @Test
    @DisplayName("M7 1977-08-10 and 1977-08-11 are in the era without probation, 1977-08-12 is not")
    void eraEnd() {
        Steps dayBefore = admitted(LocalDate.of(1977, 8, 10), null);
        Steps lastDay = admitted(LocalDate.of(1977, 8, 11), null);
        Steps dayAfter = admitted(LocalDate.of(1977, 8, 12), null);
        assertThat(dayBefore.stage()).isEqualTo(Stage.FULL);
        assertThat(dayBefore.standingStart()).isEqualTo(LocalDate.of(1977, 8, 10));
        assertThat(lastDay.stage()).isEqualTo(Stage.FULL);
        assertThat(lastDay.standingStart()).isEqualTo(LocalDate.of(1977, 8, 11));
        assertThat(dayAfter.stage()).isEqualTo(Stage.PROBATIONARY);
        assertThat(dayAfter.standingStart()).isNull();
        assertThat(admitted(LocalDate.of(1977, 8, 12), LocalDate.of(1978, 8, 12)).standingStart())
                .isEqualTo(LocalDate.of(1978, 8, 12));
    }

    @Test
    @DisplayName("M7 1969-03-31 is before the era, 1969-04-01 and 1969-04-02 are in it")
    void eraStart() {
        assertThat(admitted(LocalDate.of(1969, 3, 31), null).stage()).isEqualTo(Stage.PROBATIONARY);
        assertThat(admitted(LocalDate.of(1969, 3, 31), null).standingStart()).isNull();
        assertThat(admitted(LocalDate.of(1969, 4, 1), null).stage()).isEqualTo(Stage.FULL);
        assertThat(admitted(LocalDate.of(1969, 4, 1), null).standingStart()).isEqualTo(LocalDate.of(1969, 4, 1));
        assertThat(admitted(LocalDate.of(1969, 4, 2), null).admittedWithoutProbation()).isTrue();
    }

    @Test
    @DisplayName("M7 M9 in the era the standing starts at admission whatever fullOn says, and no probation rule applies")
    void eraIgnoresFullOn() {
        Steps steps = admitted(LocalDate.of(1975, 5, 1), LocalDate.of(1975, 6, 1));
        assertThatCode(() -> steps.check(LocalDate.of(1950, 1, 1), null, TODAY)).doesNotThrowAnyException();
        assertThat(steps.standingStart()).isEqualTo(LocalDate.of(1975, 5, 1));
        assertThat(steps.probationEnds(null)).isNull();
    }

    @Test
    @DisplayName("M4 applying on the 18th birthday is allowed, the day before is not")
    void eighteenthBirthday() {
        assertRefused(() -> new Steps(LocalDate.of(2007, 12, 31), null, null, null, null).check(BORN, null, TODAY),
                "member.underAge", "appliedOn");
        assertThatCode(() -> new Steps(LocalDate.of(2008, 1, 1), null, null, null, null).check(BORN, null, TODAY))
                .doesNotThrowAnyException();
        assertRefused(() -> new Steps(null, LocalDate.of(2007, 12, 31), null, null, null).check(BORN, null, TODAY),
                "member.underAge", "activistOn");
    }

    @Test
    @DisplayName("M5 one year of cultivation: exactly one year is enough, one day short is not")
    void cultivation() {
        LocalDate activist = LocalDate.of(2010, 3, 1);
        assertRefused(() -> new Steps(null, activist, LocalDate.of(2011, 2, 28), null, null).check(BORN, null, TODAY),
                "member.cultivationTooShort", "developmentTargetOn");
        assertThatCode(() -> new Steps(null, activist, LocalDate.of(2011, 3, 1), null, null).check(BORN, null, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("M6 fullOn exactly one year after admission is allowed, one day short is not; two years at most")
    void probation() {
        LocalDate admittedOn = LocalDate.of(2015, 6, 30);
        assertRefused(() -> admitted(admittedOn, LocalDate.of(2016, 6, 29)).check(BORN, null, TODAY),
                "member.probationTooShort", "fullOn");
        assertThatCode(() -> admitted(admittedOn, LocalDate.of(2016, 6, 30)).check(BORN, null, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> admitted(admittedOn, LocalDate.of(2017, 6, 30)).check(BORN, null, TODAY))
                .doesNotThrowAnyException();
        assertRefused(() -> admitted(admittedOn, LocalDate.of(2017, 7, 1)).check(BORN, null, TODAY),
                "member.probationTooLong", "fullOn");
    }

    @Test
    @DisplayName("M6 an extension of 6 months moves the earliest fullOn by 6 months")
    void extension() {
        LocalDate admittedOn = LocalDate.of(2015, 6, 30);
        assertThat(admitted(admittedOn, null).probationEnds(6)).isEqualTo(LocalDate.of(2016, 12, 30));
        assertRefused(() -> admitted(admittedOn, LocalDate.of(2016, 12, 29)).check(BORN, 6, TODAY),
                "member.probationTooShort", "fullOn");
        assertThatCode(() -> admitted(admittedOn, LocalDate.of(2016, 12, 30)).check(BORN, 6, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("M3 steps in order (equal dates allowed), not in the future (today allowed), at least one")
    void orderAndFuture() {
        assertRefused(() -> new Steps(LocalDate.of(2012, 1, 2), LocalDate.of(2012, 1, 1), null, null, null)
                .check(BORN, null, TODAY), "member.stepOutOfOrder", "activistOn");
        assertRefused(() -> new Steps(LocalDate.of(2012, 1, 2), null, null, LocalDate.of(2012, 1, 1), null)
                .check(BORN, null, TODAY), "member.stepOutOfOrder", "probationaryOn");
        assertThatCode(() -> new Steps(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1), null, null, null)
                .check(BORN, null, TODAY)).doesNotThrowAnyException();
        assertRefused(() -> new Steps(TODAY.plusDays(1), null, null, null, null).check(BORN, null, TODAY),
                "error.dateInFuture", "appliedOn");
        assertThatCode(() -> new Steps(TODAY, null, null, null, null).check(BORN, null, TODAY))
                .doesNotThrowAnyException();
        assertRefused(() -> new Steps(null, null, null, null, null).check(BORN, null, TODAY),
                "member.stepRequired", "appliedOn");
    }

    @Test
    @DisplayName("M8 the stage is the latest step on record")
    void stage() {
        LocalDate d = LocalDate.of(2012, 1, 1);
        assertThat(new Steps(d, null, null, null, null).stage()).isEqualTo(Stage.APPLICANT);
        assertThat(new Steps(d, d, null, null, null).stage()).isEqualTo(Stage.ACTIVIST);
        assertThat(new Steps(d, d, d.plusYears(1), null, null).stage()).isEqualTo(Stage.DEVELOPMENT_TARGET);
        assertThat(new Steps(null, null, null, d, null).stage()).isEqualTo(Stage.PROBATIONARY);
        assertThat(new Steps(null, null, null, d, d.plusYears(1)).stage()).isEqualTo(Stage.FULL);
    }

    @Test
    @DisplayName("M3 no step before the Party's founding (1921-07-01): refused on the step's field; the day itself passes")
    void noStepBeforeThePartyExisted() {
        LocalDate born = LocalDate.of(1900, 1, 1);
        assertRefused(() -> new Steps(LocalDate.of(1921, 6, 30), null, null, null, null).check(born, null, TODAY),
                "error.dateTooEarly", "appliedOn");
        assertRefused(() -> new Steps(null, null, null, LocalDate.of(1, 7, 1), null).check(born, null, TODAY),
                "error.dateTooEarly", "probationaryOn");
        assertThatCode(() -> new Steps(LocalDate.of(1921, 7, 1), null, null, null, null).check(born, null, TODAY))
                .doesNotThrowAnyException();
    }
}
