package org.partyregistry.enterprise.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partyregistry.enterprise.entity.Coverage;

/**
 * Rules E3, E9, E11 in SQL: the coverage report's counts, and the lists behind each number, count the coverage
 * periods ({@link CoveragePeriods}) that hold on the date: one narrow row per operating enterprise, never a loop over
 * loaded entities nor every enterprise's facts. Counts and lists read the same rows, so they always agree.
 */
@ApplicationScoped
public class CoverageQuery {

    /** The periods of {@code coverage_period cp} that hold on date ?1. */
    static final String HOLDS = CoveragePeriods.holdsOn("cp", 1);

    public static final String OPERATING = "e.founded_on <= ?1 AND (e.closed_on IS NULL OR e.closed_on > ?1)";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** An enterprise that should form an organization of its own: 3+ full members and none of its own. */
    public record ShouldFormOwn(Long enterpriseId, String name, long fullMembers) implements Serializable {

        /** For the result mapping {@code ShouldFormOwn} (META-INF/orm.xml). */
        public ShouldFormOwn(Long enterpriseId, String name, Long fullMembers) {
            this(enterpriseId, name, fullMembers.longValue());
        }
    }

    /** One line of {@link #countsByPark}: a park, a coverage state (null for a park with none) and its count. */
    public record ParkCount(Long parkId, String park, Coverage coverage, long enterprises) {

        /** For the result mapping {@code ParkCount} (META-INF/orm.xml); the state as the SQL gives it. */
        public ParkCount(Long parkId, String park, String state, Long enterprises) {
            this(parkId, park, state == null ? null : Coverage.valueOf(state.trim()), enterprises.longValue());
        }
    }

    /** Operating enterprises with 3 or more full members and no own organization on the date (joint ones too). */
    public List<ShouldFormOwn> shouldFormOwn(LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<ShouldFormOwn> rows = em.createNativeQuery(SHOULD_FORM_OWN, "ShouldFormOwn").setParameter(1, asOf)
                .getResultList();
        return rows;
    }

    /** Counts per park and coverage state; a park without operating enterprises has one line with no state. */
    public List<ParkCount> countsByPark(LocalDate asOf, CoverageBase base) {
        @SuppressWarnings("unchecked")
        List<ParkCount> rows = em.createNativeQuery(countsByParkSql(base), "ParkCount").setParameter(1, asOf)
                .getResultList();
        return rows;
    }

    /**
     * The statement behind {@link #countsByPark}; ?1 is the date. Public so the benchmark can time the same SQL
     * bare over JDBC and report the application's own cost as the difference.
     */
    public static String countsByParkSql(CoverageBase base) {
        return "SELECT p.id AS \"park_id\", p.name AS \"park\", c.coverage AS \"state\", COUNT(c.enterprise_id) AS "
                + "\"enterprises\" FROM park p LEFT JOIN (SELECT cp.park_id, cp.enterprise_id, cp.coverage "
                + "FROM coverage_period cp WHERE " + HOLDS + baseCondition(base) + ") c ON c.park_id = p.id "
                + "GROUP BY p.id, p.name, c.coverage ORDER BY p.name, p.id";
    }

    /**
     * The statement behind {@link #shouldFormOwn}: the periods on date ?1 where the enterprise should form its own
     * organization, which carry its full members (rule E11). Public for the benchmark, like the counts.
     */
    public static final String SHOULD_FORM_OWN = "SELECT e.id AS \"enterprise_id\", e.name AS \"name\", "
            + "CAST(cp.full_members AS BIGINT) AS \"full_members\" FROM coverage_period cp JOIN enterprise e "
            + "ON e.id = cp.enterprise_id WHERE " + HOLDS + " AND cp.full_members IS NOT NULL "
            + "ORDER BY cp.full_members DESC, e.name";

    public long count(EnterpriseSearch search) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery(countSql(search, parameters));
        bind(query, search, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<EnterpriseRow> find(EnterpriseSearch search, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery(listSql(search, parameters, first, max), "EnterpriseRow");
        bind(query, search, parameters);
        @SuppressWarnings("unchecked")
        List<EnterpriseRow> rows = query.getResultList();
        return rows;
    }

    /** The enterprises, each with its period holding on ?1 if any (none: not operating, so no coverage). */
    private static final String WITH_PERIOD = " FROM enterprise e LEFT JOIN coverage_period cp "
            + "ON cp.enterprise_id = e.id AND " + HOLDS;

    /**
     * The statement behind {@link #count}: ?1 is the search's date, ?2, ?3... the values added to
     * {@code parameters} in that order. Public, like the list's, so the benchmark times the very same SQL bare.
     */
    public static String countSql(EnterpriseSearch search, List<Object> parameters) {
        if (periodsOnly(search)) {
            // every operating enterprise has one period holding on the date: the periods alone are the count, read
            // from one index (park, state, dates, base) without visiting the enterprises
            StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM coverage_period cp WHERE " + HOLDS
                    + baseCondition(search.base()));
            if (search.parkId() != null) {
                parameters.add(search.parkId());
                sql.append(" AND cp.park_id = ?").append(parameters.size() + 1);
            }
            return sql.append(coverageCondition(search, parameters)).toString();
        }
        return "SELECT COUNT(*)" + WITH_PERIOD + where(search, parameters);
    }

    /** A count of operating enterprises asking only what the periods hold: park, state and base. */
    private static boolean periodsOnly(EnterpriseSearch search) {
        return !search.includeClosed() && (search.industry() == null || search.industry().isBlank())
                && (search.text() == null || search.text().isBlank());
    }

    /** The statement behind {@link #find}, with its page in the SQL (LIMIT and OFFSET as parameters). */
    public static String listSql(EnterpriseSearch search, List<Object> parameters, int first, int max) {
        String sql = "SELECT e.id AS \"id\", e.name AS \"name\", e.credit_code AS \"credit_code\", "
                + "p.id AS \"park_id\", p.name AS \"park_name\", e.industry AS \"industry\", "
                + "e.employees AS \"employees\", e.founded_on AS \"founded_on\", e.closed_on AS \"closed_on\", "
                + "cp.coverage AS \"coverage\"" + WITH_PERIOD + " JOIN park p ON p.id = e.park_id"
                + where(search, parameters)
                // one park: its name is the same on every row, so the enterprises' index on park and name gives
                // the page in order without sorting the park's enterprises
                + (search.parkId() == null ? " ORDER BY p.name, e.name, e.id" : " ORDER BY e.name, e.id");
        parameters.add(Math.max(1, max));
        String limit = " LIMIT ?" + (parameters.size() + 1);
        parameters.add(Math.max(0, first));
        return sql + limit + " OFFSET ?" + (parameters.size() + 1);
    }

    /** Rule E3 for one enterprise; null when it is not operating on the date. */
    public Coverage coverageOf(long enterpriseId, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT cp.coverage FROM coverage_period cp "
                + "WHERE cp.enterprise_id = ?2 AND " + HOLDS).setParameter(1, asOf).setParameter(2, enterpriseId)
                .getResultList();
        return rows.isEmpty() ? null : Coverage.valueOf(String.valueOf(rows.get(0)).trim());
    }

    /** The condition for the base (empty for ALL): rule E6, 3 or more full members. */
    private static String baseCondition(CoverageBase base) {
        return base == CoverageBase.ELIGIBLE ? " AND cp.eligible = TRUE" : "";
    }

    private static String where(EnterpriseSearch search, List<Object> parameters) {
        StringBuilder where = new StringBuilder(search.includeClosed() ? " WHERE 1 = 1" : " WHERE " + OPERATING);
        where.append(baseCondition(search.base()));
        if (search.parkId() != null) {
            parameters.add(search.parkId());
            where.append(" AND e.park_id = ?").append(parameters.size() + 1);
        }
        if (search.industry() != null && !search.industry().isBlank()) {
            parameters.add(search.industry().strip());
            where.append(" AND e.industry = ?").append(parameters.size() + 1);
        }
        if (search.text() != null && !search.text().isBlank()) {
            parameters.add("%" + search.text().strip().toUpperCase(Locale.ROOT).replace("%", "") + "%");
            int index = parameters.size() + 1;
            where.append(" AND (UPPER(e.name) LIKE ?").append(index).append(" OR e.credit_code LIKE ?")
                    .append(index).append(')');
        }
        return where.append(coverageCondition(search, parameters)).toString();
    }

    private static String coverageCondition(EnterpriseSearch search, List<Object> parameters) {
        if (search.coverage() == null) {
            return "";
        }
        parameters.add(search.coverage().name());
        return " AND cp.coverage = ?" + (parameters.size() + 1);
    }

    private static void bind(Query query, EnterpriseSearch search, List<Object> parameters) {
        query.setParameter(1, search.asOf());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 2, parameters.get(i));
        }
    }
}
