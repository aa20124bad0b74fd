package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.partyregistry.dues.entity.Arrears;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.dues.entity.Standing;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Rule D8: the members behind with their dues, as of today (China Standard Time). */
@ApplicationScoped
public class DuesArrearsService {

    /** The members who owe dues, of the organizations under {@code :prefix}, with their dues standing. */
    static final String STANDING = """
            SELECT NEW org.partyregistry.dues.control.BehindMember(m.id, m.name, o.id, o.name, s.owesFrom,
                   s.paidThrough, s.paidBefore)
            FROM DuesStanding s JOIN s.member m JOIN m.organization o
            WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing""";

    /**
     * Rule D8 on the summary {@code dues_standing} (see {@link Standing}): the members with nothing paid from the
     * first of the reminder's months on, and those who paid the current month (no later month is ever paid, rule
     * D7) but nothing before it from that month on; both read as ranges of the index on (paid_through,
     * paid_before), so only the members behind are read.
     */
    static final String BEHIND = STANDING + """

            AND (s.paidThrough < :threshold OR (s.paidThrough = :current AND s.paidBefore < :threshold))""";

    /**
     * A page of {@link #BEHIND}'s first kind, by key: latest month paid, then member, after a row's (the key's
     * month also as a plain bound, so that the page starts where the index does).
     */
    static final String BEHIND_PAGE = STANDING + """

            AND s.paidThrough < :threshold AND s.paidThrough >= :paid
            AND (s.paidThrough > :paid OR s.memberId > :member)
            ORDER BY s.paidThrough, s.memberId""";

    /** A page of {@link #BEHIND}'s second kind (the current month paid), by key likewise. */
    static final String BEHIND_PAYING_CURRENT_PAGE = STANDING + """

            AND s.paidThrough = :current AND s.paidBefore < :threshold
            AND s.paidBefore >= :paid AND (s.paidBefore > :paid OR s.memberId > :member)
            ORDER BY s.paidBefore, s.memberId""";

    /** Rows of a page at most. */
    public static final int MAX_PAGE = 1000;

    /** Where a page of the list starts: after the row of this member, unpaid since that month. */
    public record After(YearMonth unpaidSince, long memberId) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    DuesRecords records;

    /**
     * Rule D8 as of today (China Standard Time): members of the organization (or of the caller's whole scope when
     * null) 3 months or more behind, longest first, then by name; from one query on the dues standing, no ledger
     * loaded. Members recorded with only a full-membership date owe from it.
     */
    @Transactional
    public List<ArrearsRow> arrears(Long organizationId) {
        String prefix = prefix(organizationId);
        LocalDate asOf = clock.today();
        return rows(bind(em.createQuery(BEHIND, BehindMember.class), prefix, asOf), asOf)
                .sorted(Comparator.comparingInt(ArrearsRow::monthsUnpaid).reversed()
                        .thenComparing(ArrearsRow::name))
                .toList();
    }

    /**
     * As {@link #arrears(Long)}, a page of at most {@code limit} rows by key (for a list too long for one answer):
     * longest first, then by member id, from the row after {@code after} (the first page when null). Reads the
     * standing in the order of its index, so a page costs the same wherever it starts.
     */
    @Transactional
    public List<ArrearsRow> page(Long organizationId, int limit, After after) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw BusinessException.onField("limit", "dues.limitRange", String.valueOf(MAX_PAGE));
        }
        String prefix = prefix(organizationId);
        LocalDate asOf = clock.today();
        int paid = after == null ? Integer.MIN_VALUE : Standing.number(after.unpaidSince()) - 1;
        long member = after == null ? Long.MIN_VALUE : after.memberId();
        return Stream.of(BEHIND_PAGE, BEHIND_PAYING_CURRENT_PAGE)
                .flatMap(query -> rows(bind(em.createQuery(query, BehindMember.class), prefix, asOf)
                        .setParameter("paid", paid).setParameter("member", member).setMaxResults(limit), asOf))
                .sorted(Comparator.comparing(ArrearsRow::unpaidSince).thenComparingLong(ArrearsRow::memberId))
                .limit(limit)
                .toList();
    }

    /**
     * Rule D8's levels counted in the database (for the home page): how many members of the organization (or of
     * the caller's scope when null) are behind, and how many of them 6 months or more; the same members as
     * {@link #arrears(Long)} lists.
     */
    @Transactional
    public ArrearsCounts counts(Long organizationId) {
        String prefix = prefix(organizationId);
        LocalDate asOf = clock.today();
        int lastComplete = Standing.number(YearMonth.from(asOf)) - 1;
        return bind(em.createQuery(COUNTS, ArrearsCounts.class), prefix, asOf)
                .setParameter("alert", lastComplete - (ArrearsLevel.ALERT_MONTHS - 1)).getSingleResult();
    }

    /** {@link #BEHIND} counted in one statement: all of them, and those behind since the alert's month or earlier. */
    static final String COUNTS = """
            SELECT NEW org.partyregistry.dues.control.ArrearsCounts(COUNT(s), COALESCE(SUM(CASE WHEN
                s.paidThrough < :alert OR (s.paidThrough = :current AND s.paidBefore < :alert) THEN 1 ELSE 0 END), 0))
            """ + BEHIND.substring(BEHIND.indexOf("FROM DuesStanding"));

    /** The caller's scope, or the organization's subtree (in that scope), as a path prefix. */
    private String prefix(Long organizationId) {
        Scope scope = currentUser.scope();
        if (organizationId == null) {
            return scope.pathPrefix();
        }
        Organization organization = records.organization(organizationId);
        scope.requireRead(organization.getPath());
        return organization.getPath();
    }

    /** Binds the window's months (those the query names) and the owing members of the organizations. */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String prefix, LocalDate asOf) {
        int lastComplete = Standing.number(YearMonth.from(asOf)) - 1;
        if (query.getParameters().stream().anyMatch(p -> "current".equals(p.getName()))) {
            query.setParameter("current", lastComplete + 1);
        }
        return query.setParameter("threshold", lastComplete - (ArrearsLevel.REMINDER_MONTHS - 1))
                .setParameter("prefix", prefix + "%")
                .setParameter("stages", DuesRecords.MEMBER_STAGES)
                .setParameter("owing", DuesRecords.OWING);
    }

    private static Stream<ArrearsRow> rows(TypedQuery<BehindMember> query, LocalDate asOf) {
        return query.getResultStream().map(b -> row(b, b.arrears(asOf))).filter(r -> r.level() != ArrearsLevel.NONE);
    }

    private static ArrearsRow row(BehindMember member, Arrears arrears) {
        return new ArrearsRow(member.memberId(), member.name(), member.organizationId(), member.organizationName(),
                arrears.asOf(), arrears.unpaidSince() == null ? null : arrears.unpaidSince().toString(),
                arrears.monthsUnpaid(), arrears.level());
    }
}
