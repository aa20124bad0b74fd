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
 * Rule E3 in SQL: every enterprise's coverage on a date, computed by the database from organizations, their links
 * and instructor periods — one statement for a list or an aggregate, never a loop over loaded entities. The same
 * expression serves the report's counts and the lists behind each number, so they always agree.
 */
@ApplicationScoped
public class CoverageQuery {

    /**
     * Joined to {@code enterprise e}: which enterprises have an organization existing on date ?1 and linked to them
     * on that date (rule E8; own = 1 when one of them is not a joint branch), and which have an instructor or
     * liaison on that date. Pre-aggregated derived
     * tables, so the database hashes them once instead of probing three subqueries per enterprise.
     */
    public static final String COVERAGE_JOINS = coverageJoins("");

    /**
     * {@link #COVERAGE_JOINS} with the derived tables limited to some enterprises: {@code restriction} completes
     * {@code "AND <enterprise id column> "}, e.g. {@code "= ?2"} or {@code "IN (SELECT ...)"}. A list of one park
     * then aggregates that park's links and instructors, not the whole register's (half the time at city scale).
     */
    public static String coverageJoins(String restriction) {
        String linked = restriction.isEmpty() ? "" : " AND l.enterprise_id " + restriction;
        String instructed = restriction.isEmpty() ? "" : " AND i.enterprise_id " + restriction;
        return " " + """
             LEFT JOIN (SELECT l.enterprise_id AS enterprise_id,
                               MAX(CASE WHEN o.type = 'JOINT_BRANCH' THEN 0 ELSE 1 END) AS own
                          FROM enterprise_link l JOIN organization o ON o.id = l.organization_id
                         WHERE l.from_on <= ?1 AND (l.to_on IS NULL OR l.to_on > ?1)
                           AND o.established_on <= ?1 AND (o.dissolved_on IS NULL OR o.dissolved_on > ?1)%s
                         GROUP BY l.enterprise_id) cov_org ON cov_org.enterprise_id = e.id
             LEFT JOIN (SELECT DISTINCT i.enterprise_id AS enterprise_id FROM instructor_assignment i
                         WHERE i.from_on <= ?1 AND (i.to_on IS NULL OR i.to_on >= ?1)%s) cov_ins
                    ON cov_ins.enterprise_id = e.id""".formatted(linked, instructed);
    }

    /** Rule E3's precedence over the joined facts. */
    public static final String COVERAGE = """
            CASE
              WHEN cov_org.own = 1 THEN 'OWN_ORGANIZATION'
              WHEN cov_org.own = 0 THEN 'JOINT_ORGANIZATION'
              WHEN cov_ins.enterprise_id IS NOT NULL THEN 'WORK_COVERAGE'
              ELSE 'NONE'
            END""";

    /**
     * The columns of a list row, named as the result mapping {@code EnterpriseRow} reads them (quoted, so H2 and
     * PostgreSQL report the same lower-case names).
     */
    static final String ROW_COLUMNS = "x.id AS \"id\", x.name AS \"name\", x.credit_code AS \"credit_code\", "
            + "x.park_id AS \"park_id\", x.park_name AS \"park_name\", x.industry AS \"industry\", "
            + "x.employees AS \"employees\", x.founded_on AS \"founded_on\", x.closed_on AS \"closed_on\", "
            + "x.coverage AS \"coverage\"";

    public static final String OPERATING = "e.founded_on <= ?1 AND (e.closed_on IS NULL OR e.closed_on > ?1)";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<EligibilityRule> eligibility;

    /** Who counts as a full member of an enterprise on a date (rule E6); a bean of the members feature says. */
    public interface EligibilityRule {
        /**
         * A LEFT JOIN onto enterprise {@code e} of a derived table {@code cov_mem(enterprise_id, full_members)}:
         * the full members whose work unit each enterprise is, on date ?1.
         */
        String fullMembersJoin();
    }

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
        if (!eligibility.isResolvable()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<ShouldFormOwn> rows = em.createNativeQuery(shouldFormOwnSql(eligibility.get().fullMembersJoin()),
                "ShouldFormOwn").setParameter(1, asOf).getResultList();
        return rows;
    }

    /** Counts per park and coverage state; a park without operating enterprises has one line with no state. */
    public List<ParkCount> countsByPark(LocalDate asOf, CoverageBase base) {
        @SuppressWarnings("unchecked")
        List<ParkCount> rows = em.createNativeQuery(countsByParkSql(baseJoin(base), baseCondition(base)),
                "ParkCount").setParameter(1, asOf).getResultList();
        return rows;
    }

    /**
     * The statement behind {@link #countsByPark}; ?1 is the date. Public so the benchmark can time the same SQL
     * bare over JDBC and report the application's own cost as the difference.
     */
    public static String countsByParkSql(String extraJoin, String extraCondition) {
        return "SELECT p.id AS \"park_id\", p.name AS \"park\", c.coverage AS \"state\", COUNT(c.id) AS \"enterprises\""
                + " FROM park p LEFT JOIN (SELECT e.id, e.park_id, "
                + COVERAGE + " AS coverage FROM enterprise e" + COVERAGE_JOINS + extraJoin + " WHERE " + OPERATING
                + extraCondition
                + ") c ON c.park_id = p.id GROUP BY p.id, p.name, c.coverage ORDER BY p.name, p.id";
    }

    /** The statement behind {@link #shouldFormOwn}; ?1 is the date. Public for the benchmark, like the one below. */
    public static String shouldFormOwnSql(String fullMembersJoin) {
        return "SELECT e.id AS \"enterprise_id\", e.name AS \"name\", cov_mem.full_members AS \"full_members\""
                + " FROM enterprise e" + COVERAGE_JOINS + fullMembersJoin
                + " WHERE " + OPERATING + " AND cov_mem.full_members >= 3 AND (cov_org.own IS NULL OR cov_org.own = 0)"
                + " ORDER BY cov_mem.full_members DESC, e.name";
    }

    public long count(EnterpriseSearch search) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery(countSql(search, baseJoin(search.base()), parameters));
        bind(query, search, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<EnterpriseRow> find(EnterpriseSearch search, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery(listSql(search, baseJoin(search.base()), parameters, first, max),
                "EnterpriseRow");
        bind(query, search, parameters);
        @SuppressWarnings("unchecked")
        List<EnterpriseRow> rows = query.getResultList();
        return rows;
    }

    /**
     * The statement behind {@link #count}: ?1 is the search's date, ?2, ?3... the values added to
     * {@code parameters} in that order. Public, like the list's, so the benchmark times the very same SQL bare.
     */
    public static String countSql(EnterpriseSearch search, String baseJoin, List<Object> parameters) {
        String restriction = parkRestriction(search, parameters);
        return "SELECT COUNT(*) FROM (SELECT e.id, " + COVERAGE + " AS coverage FROM enterprise e"
                + coverageJoins(restriction) + baseJoin + where(search, parameters) + ") x"
                + coverageFilter(search, parameters);
    }

    /** The statement behind {@link #find}, with its page in the SQL (LIMIT and OFFSET as parameters). */
    public static String listSql(EnterpriseSearch search, String baseJoin, List<Object> parameters, int first,
                                 int max) {
        String restriction = parkRestriction(search, parameters);
        String sql = "SELECT " + ROW_COLUMNS + " FROM (SELECT e.id, e.name, e.credit_code, p.id AS park_id, "
                + "p.name AS park_name, e.industry, e.employees, e.founded_on, e.closed_on, CASE WHEN " + OPERATING
                + " THEN " + COVERAGE + " END AS coverage FROM enterprise e JOIN park p ON p.id = e.park_id"
                + coverageJoins(restriction) + baseJoin + where(search, parameters) + ") x"
                + coverageFilter(search, parameters) + " ORDER BY x.park_name, x.name, x.id";
        parameters.add(Math.max(1, max));
        String limit = " LIMIT ?" + (parameters.size() + 1);
        parameters.add(Math.max(0, first));
        return sql + limit + " OFFSET ?" + (parameters.size() + 1);
    }

    /** With a park: the park's id becomes the first parameter (?2), and the derived tables are limited to it. */
    private static String parkRestriction(EnterpriseSearch search, List<Object> parameters) {
        if (search.parkId() == null) {
            return "";
        }
        parameters.add(search.parkId());
        return "IN (SELECT pe.id FROM enterprise pe WHERE pe.park_id = ?2)";
    }

    /** Rule E3 for one enterprise; null when it is not operating on the date. */
    public Coverage coverageOf(long enterpriseId, LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT " + COVERAGE + " FROM enterprise e" + coverageJoins("= ?2")
                + " WHERE e.id = ?2 AND " + OPERATING).setParameter(1, asOf).setParameter(2, enterpriseId)
                .getResultList();
        return rows.isEmpty() ? null : Coverage.valueOf(String.valueOf(rows.get(0)).trim());
    }

    /** The extra join for the base (empty for ALL). */
    private String baseJoin(CoverageBase base) {
        if (base != CoverageBase.ELIGIBLE) {
            return "";
        }
        if (!eligibility.isResolvable()) {
            throw org.partyregistry.platform.BusinessException.onField("base", "report.eligibleUnavailable");
        }
        return eligibility.get().fullMembersJoin();
    }

    /** The extra condition for the base (empty for ALL): rule E6, 3 or more full members. */
    private static String baseCondition(CoverageBase base) {
        return base == CoverageBase.ELIGIBLE ? " AND cov_mem.full_members >= 3" : "";
    }

    private static String where(EnterpriseSearch search, List<Object> parameters) {
        StringBuilder where = new StringBuilder(search.includeClosed() ? " WHERE 1 = 1" : " WHERE " + OPERATING);
        where.append(baseCondition(search.base()));
        if (search.parkId() != null) {
            where.append(" AND e.park_id = ?2");
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
        return where.toString();
    }

    private static String coverageFilter(EnterpriseSearch search, List<Object> parameters) {
        if (search.coverage() == null) {
            return "";
        }
        parameters.add(search.coverage().name());
        return " WHERE x.coverage = ?" + (parameters.size() + 1);
    }

    private static void bind(Query query, EnterpriseSearch search, List<Object> parameters) {
        query.setParameter(1, search.asOf());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 2, parameters.get(i));
        }
    }
}
