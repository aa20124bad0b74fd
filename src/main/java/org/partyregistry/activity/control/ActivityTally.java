package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.platform.SummaryCheck;

/**
 * Rule ACT20: the activities held and valid per organization, type and period (a month, key yyyymm, and a year, key
 * yyyy) in the table {@code activity_tally}, kept current inside the transaction of every write that adds an
 * activity (one call per write path), rebuilt from the activities by one statement (the migration's backfill, the
 * benchmark's generator and {@link #rebuild()} run the same), and checked against that rebuild ({@link #check()}).
 * The compliance table and "behind" ({@link ComplianceFacts}) read it instead of every activity.
 */
@ApplicationScoped
public class ActivityTally {

    /** The month rows as the activities give them. */
    public static final String MONTHS = """
            SELECT organization_id, activity_type,
                   CAST(EXTRACT(YEAR FROM held_on) * 100 + EXTRACT(MONTH FROM held_on) AS INTEGER) AS period_key,
                   COUNT(*) AS held, SUM(CASE WHEN is_valid THEN 1 ELSE 0 END) AS valid
            FROM activity
            GROUP BY organization_id, activity_type,
                     CAST(EXTRACT(YEAR FROM held_on) * 100 + EXTRACT(MONTH FROM held_on) AS INTEGER)""";

    /** The year rows as the activities give them. */
    public static final String YEARS = """
            SELECT organization_id, activity_type, CAST(EXTRACT(YEAR FROM held_on) AS INTEGER) AS period_key,
                   COUNT(*) AS held, SUM(CASE WHEN is_valid THEN 1 ELSE 0 END) AS valid
            FROM activity
            GROUP BY organization_id, activity_type, CAST(EXTRACT(YEAR FROM held_on) AS INTEGER)""";

    /** The statements that fill an empty tally from the activities (after {@code DELETE FROM activity_tally}). */
    public static final String[] REBUILD = {
        "INSERT INTO activity_tally (organization_id, activity_type, period_key, held, valid) " + MONTHS,
        "INSERT INTO activity_tally (organization_id, activity_type, period_key, held, valid) " + YEARS};

    /** The stored rows (a period with nothing left is as good as none) that a rebuild would not give, and back. */
    static final String DIFFERENCES = """
            SELECT COUNT(*) FROM (
              (SELECT organization_id, activity_type, period_key, held, valid FROM activity_tally WHERE held > 0
               EXCEPT (%1$s UNION ALL %2$s))
              UNION ALL
              ((%1$s UNION ALL %2$s)
               EXCEPT SELECT organization_id, activity_type, period_key, held, valid FROM activity_tally)
            ) d""".formatted(MONTHS, YEARS);

    private static final String UPSERT_POSTGRES = """
            INSERT INTO activity_tally (organization_id, activity_type, period_key, held, valid)
            VALUES (?1, ?2, ?3, 1, ?4)
            ON CONFLICT (organization_id, period_key, activity_type)
            DO UPDATE SET held = activity_tally.held + 1, valid = activity_tally.valid + EXCLUDED.valid""";

    private static final String UPSERT_STANDARD = """
            MERGE INTO activity_tally t
            USING (SELECT CAST(?1 AS BIGINT) AS organization_id, CAST(?2 AS VARCHAR(40)) AS activity_type,
                          CAST(?3 AS INTEGER) AS period_key, CAST(?4 AS INTEGER) AS valid) s
            ON t.organization_id = s.organization_id AND t.period_key = s.period_key
               AND t.activity_type = s.activity_type
            WHEN MATCHED THEN UPDATE SET held = t.held + 1, valid = t.valid + s.valid
            WHEN NOT MATCHED THEN INSERT (organization_id, activity_type, period_key, held, valid)
                VALUES (s.organization_id, s.activity_type, s.period_key, 1, s.valid)""";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    private volatile String upsert;

    /** The month key of a day: yyyymm. */
    public static int monthKey(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** Rule ACT20: counts a new activity in its month and its year, in the caller's transaction. */
    public void count(Activity activity) {
        add(activity.getOrganization().getId(), activity.getType().name(), monthKey(activity.getHeldOn()),
                activity.isValid());
        add(activity.getOrganization().getId(), activity.getType().name(), activity.getHeldOn().getYear(),
                activity.isValid());
    }

    /** Rule ACT20: the tally again from the activities, in the caller's transaction. */
    public void rebuild() {
        rebuild(em);
    }

    /** Rule ACT20: the tally again from the activities, through the given EntityManager (the demo's seed). */
    public static void rebuild(EntityManager em) {
        em.flush();
        em.createNativeQuery("DELETE FROM activity_tally").executeUpdate();
        for (String statement : REBUILD) {
            em.createNativeQuery(statement).executeUpdate();
        }
    }

    /** Rule ACT20: the stored rows against a rebuild from the activities. */
    public SummaryCheck check() {
        em.flush();
        long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM activity_tally").getSingleResult())
                .longValue();
        long differences = ((Number) em.createNativeQuery(DIFFERENCES).getSingleResult()).longValue();
        return new SummaryCheck(rows, differences);
    }

    private void add(long organizationId, String type, int periodKey, boolean valid) {
        em.createNativeQuery(upsert()).setParameter(1, organizationId).setParameter(2, type)
                .setParameter(3, periodKey).setParameter(4, valid ? 1 : 0).executeUpdate();
    }

    /** PostgreSQL's insert-or-add is safe against a concurrent insert of the same row; elsewhere a standard MERGE. */
    private String upsert() {
        if (upsert == null) {
            try {
                Connection connection = em.unwrap(Connection.class);
                upsert = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")
                        ? UPSERT_POSTGRES : UPSERT_STANDARD;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database's product name", e);
            }
        }
        return upsert;
    }
}
