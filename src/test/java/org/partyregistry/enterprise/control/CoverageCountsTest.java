package org.partyregistry.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageCountsTest {

    @Test
    @DisplayName("E6 rates are rounded half up to 4 decimals")
    void rounding() {
        assertThat(CoverageCounts.rate(1, 3)).isEqualTo(new BigDecimal("0.3333"));
        assertThat(CoverageCounts.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(CoverageCounts.rate(1, 8)).isEqualTo(new BigDecimal("0.1250"));
        // exact ties at the fifth decimal: half up, not half even
        assertThat(CoverageCounts.rate(1, 32)).isEqualTo(new BigDecimal("0.0313"));
        assertThat(CoverageCounts.rate(5, 32)).isEqualTo(new BigDecimal("0.1563"));
        assertThat(CoverageCounts.rate(3, 3)).isEqualTo(new BigDecimal("1.0000"));
        assertThat(CoverageCounts.rate(0, 7)).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    @DisplayName("E6 an empty base gives 0 with scale 4")
    void emptyBase() {
        assertThat(CoverageCounts.rate(0, 0)).isEqualTo(new BigDecimal("0.0000"));
        assertThat(CoverageCounts.rate(0, 0).scale()).isEqualTo(4);
        CoverageCounts empty = CoverageCounts.of(1L, "潍坊软件园", 0, 0, 0, 0);
        assertThat(empty.enterprises()).isZero();
        assertThat(empty.organizationCoverageRate()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(empty.ownOrganizationRate()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(empty.workCoverageRate()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    @DisplayName("E6 organization = (own + joint) / base, own = own / base, work = (own + joint + work) / base")
    void rates() {
        CoverageCounts c = CoverageCounts.of(2L, "文化创意产业园", 1, 2, 3, 2);
        assertThat(c.parkId()).isEqualTo(2L);
        assertThat(c.park()).isEqualTo("文化创意产业园");
        assertThat(c.enterprises()).isEqualTo(8);
        assertThat(c.own()).isEqualTo(1);
        assertThat(c.joint()).isEqualTo(2);
        assertThat(c.workCoverage()).isEqualTo(3);
        assertThat(c.none()).isEqualTo(2);
        assertThat(c.organizationCoverageRate()).isEqualTo(new BigDecimal("0.3750"));
        assertThat(c.ownOrganizationRate()).isEqualTo(new BigDecimal("0.1250"));
        assertThat(c.workCoverageRate()).isEqualTo(new BigDecimal("0.7500"));
    }

    @Test
    @DisplayName("E6 every enterprise covered: all three rates are 1")
    void fullCoverage() {
        CoverageCounts c = CoverageCounts.of(null, null, 3, 0, 0, 0);
        assertThat(c.organizationCoverageRate()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(c.ownOrganizationRate()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(c.workCoverageRate()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    @DisplayName("E6 plus adds the counts and recomputes the rates for the zone (no park)")
    void plus() {
        CoverageCounts a = CoverageCounts.of(1L, "潍坊软件园", 1, 0, 1, 1);
        CoverageCounts b = CoverageCounts.of(2L, "文化创意产业园", 0, 2, 0, 3);
        CoverageCounts sum = a.plus(b);
        assertThat(sum.parkId()).isNull();
        assertThat(sum.park()).isNull();
        assertThat(sum.enterprises()).isEqualTo(8);
        assertThat(sum.own()).isEqualTo(1);
        assertThat(sum.joint()).isEqualTo(2);
        assertThat(sum.workCoverage()).isEqualTo(1);
        assertThat(sum.none()).isEqualTo(4);
        assertThat(sum.organizationCoverageRate()).isEqualTo(new BigDecimal("0.3750"));
        assertThat(sum.ownOrganizationRate()).isEqualTo(new BigDecimal("0.1250"));
        assertThat(sum.workCoverageRate()).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    @DisplayName("E9 a park's line adds counts state by state and keeps the park")
    void plusState() {
        CoverageCounts c = CoverageCounts.of(3L, "潍坊蓝色智谷", 0, 0, 0, 0)
                .plus(org.partyregistry.enterprise.entity.Coverage.OWN_ORGANIZATION, 2)
                .plus(org.partyregistry.enterprise.entity.Coverage.NONE, 5);
        assertThat(c.parkId()).isEqualTo(3L);
        assertThat(c.park()).isEqualTo("潍坊蓝色智谷");
        assertThat(c.own()).isEqualTo(2);
        assertThat(c.joint()).isZero();
        assertThat(c.none()).isEqualTo(5);
        assertThat(c.enterprises()).isEqualTo(7);
        assertThat(c.ownOrganizationRate()).isEqualTo(new BigDecimal("0.2857"));
    }

    @Test
    @DisplayName("E9 typed rows: the SQL's state (blank-padded on some databases) becomes a Coverage, none stays null")
    void typedRows() {
        assertThat(new CoverageQuery.ParkCount(1L, "p", "JOINT_ORGANIZATION  ", 4L).coverage())
                .isEqualTo(org.partyregistry.enterprise.entity.Coverage.JOINT_ORGANIZATION);
        assertThat(new CoverageQuery.ParkCount(1L, "p", (String) null, 0L).coverage()).isNull();
        assertThat(new EnterpriseRow(1L, "n", "c", 2L, "p", "i", 12, null, null, "WORK_COVERAGE").coverage())
                .isEqualTo(org.partyregistry.enterprise.entity.Coverage.WORK_COVERAGE);
        assertThat(new CoverageQuery.ShouldFormOwn(Long.valueOf(1), "n", Long.valueOf(3)).fullMembers()).isEqualTo(3);
    }
}
