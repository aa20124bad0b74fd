package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.dues.entity.Standing;
import org.partyregistry.member.control.MembersChanged;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;
import org.partyregistry.platform.Batches;

/**
 * Keeps the summary {@code dues_standing} (rule D8, see {@link Standing}) current inside the transaction of every
 * write that changes it: a payment moves the two latest months paid by one statement on the row; a confirmed year,
 * and a member registered, imported or changed in stage, status or steps (death, removal, a transfer out of the zone
 * end what is owed), rebuild the member's row from the facts. {@link #REBUILD} is the statement the migration's
 * backfill and the benchmark's generator run; a test compares it with the rows kept current.
 */
@ApplicationScoped
public class DuesStandings {

    /**
     * The rows of {@code dues_standing} from the facts: one per member who owes dues (rule D11: a probationary or
     * full member, active or suspended, still in the zone), with the first month on record (rule D8) and the two
     * latest months paid. {@value #MEMBERS} restricts it to some members (empty for all).
     */
    public static final String REBUILD = """
            SELECT s.member_id, s.owes_from,
                   CASE WHEN s.last_paid IS NULL OR s.last_paid < s.owes_from THEN s.owes_from - 1 ELSE s.last_paid END,
                   CASE WHEN s.paid_before IS NULL OR s.paid_before < s.owes_from THEN s.owes_from - 1
                        ELSE s.paid_before END
            FROM (SELECT r.member_id,
                         CASE WHEN r.first_start IS NULL
                                   OR CAST(EXTRACT(YEAR FROM r.first_start) AS INTEGER) * 12 < r.admitted
                              THEN r.admitted ELSE CAST(EXTRACT(YEAR FROM r.first_start) AS INTEGER) * 12
                         END AS owes_from,
                         CAST(EXTRACT(YEAR FROM r.last_start) AS INTEGER) * 12
                             + CAST(EXTRACT(MONTH FROM r.last_start) AS INTEGER) - 1 AS last_paid,
                         CAST(EXTRACT(YEAR FROM r.before_start) AS INTEGER) * 12
                             + CAST(EXTRACT(MONTH FROM r.before_start) AS INTEGER) - 1 AS paid_before
                  FROM (SELECT m.id AS member_id,
                               CAST(EXTRACT(YEAR FROM COALESCE(m.probationary_on, m.full_on)) AS INTEGER) * 12
                                   + CAST(EXTRACT(MONTH FROM COALESCE(m.probationary_on, m.full_on)) AS INTEGER) - 1
                                   AS admitted,
                               (SELECT MIN(d.month_start) FROM dues_month d WHERE d.member_id = m.id) AS first_start,
                               (SELECT MAX(d.month_start) FROM dues_month d
                                WHERE d.member_id = m.id AND d.payment_id IS NOT NULL) AS last_start,
                               (SELECT MAX(d.month_start) FROM dues_month d
                                WHERE d.member_id = m.id AND d.payment_id IS NOT NULL
                                  AND d.month_start < (SELECT MAX(l.month_start) FROM dues_month l
                                                       WHERE l.member_id = m.id AND l.payment_id IS NOT NULL))
                                   AS before_start
                        FROM member m
                        WHERE m.stage IN ('PROBATIONARY', 'FULL') AND m.status IN ('ACTIVE', 'SUSPENDED')
                          AND m.left_zone_on IS NULL
                          AND COALESCE(m.probationary_on, m.full_on) IS NOT NULL{members}) r) s""";

    /** The place in {@link #REBUILD} where a restriction to some members goes. */
    public static final String MEMBERS = "{members}";

    /** The statement that fills {@code dues_standing} from the facts (after the rows are deleted). */
    public static final String INSERT = "INSERT INTO dues_standing (member_id, owes_from, paid_through, paid_before) ";

    /**
     * Rule D8 on a payment ({@link Standing#paid}): {@code ?1} the latest month paid now, {@code ?2} the one before
     * it ({@link Standing#NO_MONTH} for none), {@code ?3} the member. Every SET reads the row as it was.
     */
    static final String PAID = """
            UPDATE dues_standing SET paid_before = GREATEST(LEAST(paid_through, ?1), paid_before, ?2),
                paid_through = GREATEST(paid_through, ?1) WHERE member_id = ?3""";

    /** Members refreshed per statement. */
    static final int BATCH = 500;

    /** What a rebuild found: the rows written, and how many kept rows differed from the facts (or were missing). */
    public record Rebuilt(long rows, long differed) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The rebuild statement for the whole register (no restriction). */
    public static String rebuildStatement() {
        return REBUILD.replace(MEMBERS, "");
    }

    /**
     * The administrator's command: compares the summary with the facts, then rebuilds it from them; audited. Kept
     * current, it differs in no row.
     */
    @Transactional
    public Rebuilt rebuild(Scope scope) {
        scope.requireAdmin();
        long differed = differing();
        em.createNativeQuery("DELETE FROM dues_standing").executeUpdate();
        long rows = em.createNativeQuery(INSERT + rebuildStatement()).executeUpdate();
        audit.record(scope.username(), "DuesStanding", null, "REBUILD", Changes.of().set("rows", rows)
                .set("differed", differed));
        return new Rebuilt(rows, differed);
    }

    /** As above, for the caller. */
    @Transactional
    public Rebuilt rebuild() {
        return rebuild(currentUser.scope());
    }

    /** The rows kept that the facts do not give, plus the rows the facts give that are not kept. */
    long differing() {
        em.flush();
        String kept = "SELECT member_id, owes_from, paid_through, paid_before FROM dues_standing";
        return count("SELECT COUNT(*) FROM (" + kept + " EXCEPT " + rebuildStatement() + ") x")
                + count("SELECT COUNT(*) FROM (" + rebuildStatement() + " EXCEPT " + kept + ") x");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * The members' rows rebuilt from the facts: deleted (which locks them, so a payment of the same member at the
     * same moment waits for this transaction), then written again for those who owe.
     */
    void refresh(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        em.flush();
        List<Long> ids = memberIds.stream().distinct().sorted().toList();
        for (List<Long> batch : Batches.of(ids, BATCH)) {
            // ids are numbers, written into the statement (a native query binds no collection)
            String in = batch.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ", "(", ")"));
            em.createNativeQuery("DELETE FROM dues_standing WHERE member_id IN " + in).executeUpdate();
            em.createNativeQuery(INSERT + REBUILD.replace(MEMBERS, " AND m.id IN " + in)).executeUpdate();
        }
    }

    /** Rule D8 after a confirmed year: the first month on record may move. */
    void refresh(long memberId) {
        refresh(List.of(memberId));
    }

    /**
     * Rule D8 after a payment of {@code months} by the member: the two latest months paid are the two latest of
     * those kept and those paid now ({@link Standing#paid}), computed on the row itself, so two payments of the
     * same member at the same moment both count. A member with no row owes nothing (removed, deceased, gone).
     */
    void paid(long memberId, Collection<YearMonth> months) {
        List<Integer> latest = months.stream().sorted(Comparator.reverseOrder()).limit(2).map(Standing::number)
                .toList();
        em.flush();
        em.createNativeQuery(PAID)
                .setParameter(1, latest.get(0))
                .setParameter(2, latest.size() > 1 ? latest.get(1) : Standing.NO_MONTH)
                .setParameter(3, memberId)
                .executeUpdate();
    }

    /** Members registered, imported or changed (rules D8, D11): their rows follow, in the same transaction. */
    void onMembersChanged(@Observes MembersChanged changed) {
        refresh(changed.memberIds());
    }
}
