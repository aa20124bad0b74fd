package org.partyregistry.enterprise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    @DisplayName("E3 an own organization wins over a joint branch and an instructor")
    void ownFirst() {
        assertThat(Coverage.derive(true, true, true)).isEqualTo(Coverage.OWN_ORGANIZATION);
        assertThat(Coverage.derive(true, true, false)).isEqualTo(Coverage.OWN_ORGANIZATION);
        assertThat(Coverage.derive(true, false, true)).isEqualTo(Coverage.OWN_ORGANIZATION);
        assertThat(Coverage.derive(true, false, false)).isEqualTo(Coverage.OWN_ORGANIZATION);
    }

    @Test
    @DisplayName("E3 without an own organization, a joint branch wins over an instructor")
    void jointSecond() {
        assertThat(Coverage.derive(false, true, true)).isEqualTo(Coverage.JOINT_ORGANIZATION);
        assertThat(Coverage.derive(false, true, false)).isEqualTo(Coverage.JOINT_ORGANIZATION);
    }

    @Test
    @DisplayName("E3 with an instructor only, work coverage; with nothing, none")
    void instructorThenNone() {
        assertThat(Coverage.derive(false, false, true)).isEqualTo(Coverage.WORK_COVERAGE);
        assertThat(Coverage.derive(false, false, false)).isEqualTo(Coverage.NONE);
    }

    @Test
    @DisplayName("E3 parse reads every state, in any case and with surrounding spaces")
    void parseStates() {
        for (Coverage coverage : Coverage.values()) {
            assertThat(Coverage.parse(coverage.name())).isEqualTo(coverage);
            assertThat(Coverage.parse(" " + coverage.name().toLowerCase(java.util.Locale.ROOT) + " "))
                    .isEqualTo(coverage);
        }
        assertThat(Coverage.parse("Joint_Organization")).isEqualTo(Coverage.JOINT_ORGANIZATION);
    }

    @Test
    @DisplayName("E3 parse of a missing or blank state is no filter (null)")
    void parseBlank() {
        assertThat(Coverage.parse(null)).isNull();
        assertThat(Coverage.parse("")).isNull();
        assertThat(Coverage.parse("   ")).isNull();
    }

    @Test
    @DisplayName("E3 parse of an unknown state is refused on the coverage field")
    void parseBad() {
        assertRefused(() -> Coverage.parse("covered"), "report.badCoverage", "coverage");
        assertRefused(() -> Coverage.parse("OWN ORGANIZATION"), "report.badCoverage", "coverage");
        assertRefused(() -> Coverage.parse("0"), "report.badCoverage", "coverage");
    }
}
