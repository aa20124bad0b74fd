package org.partyregistry.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageBaseTest {

    @Test
    @DisplayName("E6 a missing or blank base means all operating enterprises")
    void blankIsAll() {
        assertThat(CoverageBase.parse(null)).isEqualTo(CoverageBase.ALL);
        assertThat(CoverageBase.parse("")).isEqualTo(CoverageBase.ALL);
        assertThat(CoverageBase.parse("  ")).isEqualTo(CoverageBase.ALL);
    }

    @Test
    @DisplayName("E6 the base is read in any case and with surrounding spaces")
    void caseInsensitive() {
        assertThat(CoverageBase.parse("eligible")).isEqualTo(CoverageBase.ELIGIBLE);
        assertThat(CoverageBase.parse(" Eligible ")).isEqualTo(CoverageBase.ELIGIBLE);
        assertThat(CoverageBase.parse("ELIGIBLE")).isEqualTo(CoverageBase.ELIGIBLE);
        assertThat(CoverageBase.parse("all")).isEqualTo(CoverageBase.ALL);
    }

    @Test
    @DisplayName("E6 an unknown base is refused on the base field")
    void bad() {
        assertRefused(() -> CoverageBase.parse("some"), "report.badBase", "base");
        assertRefused(() -> CoverageBase.parse("eligible3"), "report.badBase", "base");
    }
}
