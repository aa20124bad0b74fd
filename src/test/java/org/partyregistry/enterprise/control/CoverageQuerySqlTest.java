package org.partyregistry.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.enterprise.entity.Coverage;

/** The list and count statements: each value bound to the placeholder that names it, the page in the SQL. */
class CoverageQuerySqlTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    @DisplayName("E9 a park's list: the park is ?2, then industry, text, state, page, over the periods of the date")
    void parkList() {
        EnterpriseSearch search = new EnterpriseSearch(DAY, CoverageBase.ALL, 7L, "软件", Coverage.NONE, "ab", false);
        List<Object> parameters = new ArrayList<>();
        String sql = CoverageQuery.listSql(search, parameters, 40, 20);
        assertThat(parameters).containsExactly(7L, "软件", "%AB%", "NONE", 20, 40);
        assertThat(sql).contains("LEFT JOIN coverage_period cp ON cp.enterprise_id = e.id AND " + CoverageQuery.HOLDS)
                .contains("e.park_id = ?2").contains("e.industry = ?3").contains("UPPER(e.name) LIKE ?4")
                .contains("e.credit_code LIKE ?4").contains("cp.coverage = ?5")
                .endsWith(" ORDER BY e.name, e.id LIMIT ?6 OFFSET ?7");
    }

    @Test
    @DisplayName("E9 without a park the count covers the register, the ELIGIBLE base from the periods, no page")
    void registerCount() {
        EnterpriseSearch search = new EnterpriseSearch(DAY, CoverageBase.ELIGIBLE, null, null,
                Coverage.OWN_ORGANIZATION, null, false);
        List<Object> parameters = new ArrayList<>();
        String sql = CoverageQuery.countSql(search, parameters);
        assertThat(parameters).containsExactly("OWN_ORGANIZATION");
        assertThat(sql).contains("cp.eligible = TRUE").doesNotContain("park_id").doesNotContain("LIMIT")
                .endsWith("cp.coverage = ?2");
    }

    @Test
    @DisplayName("E9 a park's number by state is counted from the periods alone; a text reads the enterprises")
    void parkCountFromThePeriods() {
        List<Object> parameters = new ArrayList<>();
        String sql = CoverageQuery.countSql(new EnterpriseSearch(DAY, CoverageBase.ALL, 7L, null, Coverage.NONE, null,
                false), parameters);
        assertThat(parameters).containsExactly(7L, "NONE");
        assertThat(sql).startsWith("SELECT COUNT(*) FROM coverage_period cp WHERE").doesNotContain("enterprise e")
                .contains("cp.park_id = ?2").endsWith("cp.coverage = ?3");
        parameters.clear();
        assertThat(CoverageQuery.countSql(new EnterpriseSearch(DAY, CoverageBase.ALL, 7L, null, Coverage.NONE, "ab",
                false), parameters)).contains("FROM enterprise e LEFT JOIN coverage_period cp")
                .contains("e.park_id = ?2");
        assertThat(CoverageQuery.listSql(EnterpriseSearch.operatingOn(DAY), new ArrayList<>(), 0, 20))
                .contains(" ORDER BY p.name, e.name, e.id ");
    }

    @Test
    @DisplayName("E9 a page below the first or of no rows is read as the first page of one row")
    void pageBounds() {
        List<Object> parameters = new ArrayList<>();
        CoverageQuery.listSql(EnterpriseSearch.operatingOn(DAY), parameters, -5, 0);
        assertThat(parameters).containsExactly(1, 0);
    }
}
