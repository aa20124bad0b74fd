package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Paging;
import org.partyregistry.security.CurrentUser;

/**
 * Rule M16: the members who need attention in the caller's scope (probations ending, lost contact), counted and read
 * a page at a time by the database.
 *
 * <p>The list is ordered by the day of the alert: the end of the probation (rule M6: one year from admission, plus
 * the extension) or the start of the suspension. Date arithmetic differs between H2 and PostgreSQL, so the statement
 * compares and orders by the day's key {@code yyyymmdd} (an integer in the same order as the dates), built from the
 * admission's year, month and day with {@code EXTRACT}, integer division, {@code MOD}, {@code LEAST} and
 * {@code CASE}, which both read alike. It adds the year and the extension's months as {@link Steps#probationEnds}
 * does ({@link LocalDate#plusYears} then {@link LocalDate#plusMonths}): the day of the month is kept unless the
 * month is shorter, then it is the month's last (29 February a year on is 28 February, which six months on stays the
 * 28th). The alert's date and days are computed from the row by {@link Steps#probationEnds} itself.
 */
@ApplicationScoped
public class MemberAlerts {

    static final int LOST_CONTACT_MONTHS = 6;
    static final int MAX_WITHIN_DAYS = 366;

    /** The month the probation ends in, as a month number ({@code year * 12 + month - 1}). */
    private static final String END_MONTH = "(CAST(EXTRACT(YEAR FROM m.probationary_on) AS INTEGER) * 12"
            + " + CAST(EXTRACT(MONTH FROM m.probationary_on) AS INTEGER) + 11 + COALESCE(m.extension_months, 0))";

    /**
     * The members with an alert in a scope, each with {@code due_key}, its day's key. Parameters: ?1 the scope's
     * path prefix with {@code %}, ?2 the latest admission whose year of probation ends by the limit (rows to look
     * at, by the index), ?3 and ?4 the first and last day of the era without probation (rule M7), ?5 the latest
     * start of a suspension that has lasted 6 months, ?6 the limit's key.
     */
    static final String ALERTS = """
            FROM (SELECT k.*, CASE WHEN k.status = 'SUSPENDED' THEN k.since_key
                                   ELSE k.end_year * 10000 + k.end_month * 100
                                       + LEAST(k.start_day, CASE WHEN k.end_month IN (4, 6, 9, 11) THEN 30
                                                                 WHEN k.end_month <> 2 THEN 31
                                                                 WHEN MOD(k.end_year, 4) = 0
                                                                     AND (MOD(k.end_year, 100) <> 0
                                                                          OR MOD(k.end_year, 400) = 0) THEN 29
                                                                 ELSE 28 END) END AS due_key
                  FROM (SELECT m.id AS member_id, m.name, o.id AS organization_id, o.name AS organization_name,
                               m.status, m.probationary_on, m.extension_months, m.status_since,
                               {months} / 12 AS end_year, MOD({months}, 12) + 1 AS end_month,
                               CASE WHEN CAST(EXTRACT(MONTH FROM m.probationary_on) AS INTEGER) = 2
                                         AND CAST(EXTRACT(DAY FROM m.probationary_on) AS INTEGER) = 29 THEN 28
                                    ELSE CAST(EXTRACT(DAY FROM m.probationary_on) AS INTEGER) END AS start_day,
                               CAST(EXTRACT(YEAR FROM m.status_since) AS INTEGER) * 10000
                                   + CAST(EXTRACT(MONTH FROM m.status_since) AS INTEGER) * 100
                                   + CAST(EXTRACT(DAY FROM m.status_since) AS INTEGER) AS since_key
                        FROM member m JOIN organization o ON o.id = m.organization_id
                        WHERE o.path LIKE ?1 AND m.left_zone_on IS NULL
                          AND (m.status = 'ACTIVE' AND m.stage = 'PROBATIONARY' AND m.probationary_on <= ?2
                                   AND (m.probationary_on < ?3 OR m.probationary_on > ?4)
                               OR m.status = 'SUSPENDED' AND m.status_since <= ?5)) k) a
            WHERE a.due_key <= ?6""".replace("{months}", END_MONTH);

    /** The alerts in their order (day, name, member), each a {@link Row}; ?7 and ?8 bound a page (see below). */
    static final String LIST = """
            SELECT a.member_id AS "member_id", a.name AS "name", a.organization_id AS "organization_id",
                   a.organization_name AS "organization_name", a.status AS "status",
                   a.probationary_on AS "probationary_on", a.extension_months AS "extension_months",
                   a.status_since AS "status_since"
            """ + ALERTS + " ORDER BY a.due_key, a.name, a.member_id";

    /** A page of {@link #LIST}: ?7 the most rows, ?8 the first row. */
    static final String PAGE = " LIMIT ?7 OFFSET ?8";

    /** The alerts of each kind, an {@link AlertCount}; ?7 is today's key. */
    static final String COUNT = """
            SELECT COUNT(CASE WHEN a.status = 'ACTIVE' AND a.due_key >= ?7 THEN 1 END) AS "probations_due",
                   COUNT(CASE WHEN a.status = 'ACTIVE' AND a.due_key < ?7 THEN 1 END) AS "probations_overdue",
                   COUNT(CASE WHEN a.status = 'SUSPENDED' THEN 1 END) AS "lost_contact"
            """ + ALERTS;

    /** A row of {@link #LIST}: a member on probation (with its admission and extension) or suspended. */
    public record Row(Long memberId, String name, Long organizationId, String organizationName, String status,
                      LocalDate probationaryOn, Integer extensionMonths, LocalDate statusSince) {

        /** The alert as of {@code today}: the probation's end by rule M6, or the start of the suspension. */
        public MemberAlert alert(LocalDate today) {
            if (MemberStatus.SUSPENDED.name().equals(status)) {
                return new MemberAlert(MemberAlert.Kind.LOST_CONTACT, memberId, name, organizationId,
                        organizationName, statusSince, ChronoUnit.DAYS.between(today, statusSince));
            }
            LocalDate ends = new Steps(null, null, null, probationaryOn, null).probationEnds(extensionMonths);
            long days = ChronoUnit.DAYS.between(today, ends);
            return new MemberAlert(days < 0 ? MemberAlert.Kind.PROBATION_OVERDUE : MemberAlert.Kind.PROBATION_DUE,
                    memberId, name, organizationId, organizationName, ends, days);
        }
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    /**
     * Rule M16, in the caller's scope: probations ending within {@code withinDays} or overdue, and members suspended
     * (lost contact) for 6 months or more; soonest first (then by name and member).
     */
    @Transactional
    public List<MemberAlert> alerts(int withinDays) {
        checkWithin(withinDays);
        return read(withinDays, LIST);
    }

    /** A page of {@link #alerts(int)}: {@code max} alerts from the {@code first}, in the same order. */
    @Transactional
    public List<MemberAlert> alerts(int withinDays, int first, int max) {
        checkWithin(withinDays);
        Paging.check(first, max);
        return read(withinDays, LIST + PAGE, max, first);
    }

    /** The alerts of {@link #alerts(int)} of each kind, counted by the database. */
    @Transactional
    public AlertCount count(int withinDays) {
        checkWithin(withinDays);
        LocalDate today = clock.today();
        return (AlertCount) bind(em.createNativeQuery(COUNT, "AlertCount"), parameters(
                currentUser.scope().pathPrefix(), today, withinDays, dayKey(today))).getSingleResult();
    }

    private List<MemberAlert> read(int withinDays, String statement, Object... more) {
        LocalDate today = clock.today();
        @SuppressWarnings("unchecked")
        List<Row> rows = bind(em.createNativeQuery(statement, "MemberAlerts.Row"),
                parameters(currentUser.scope().pathPrefix(), today, withinDays, more)).getResultList();
        return rows.stream().map(row -> row.alert(today)).toList();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static void checkWithin(int withinDays) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw BusinessException.onField("within", "member.alertWithinRange");
        }
    }

    /** The parameters ?1-?6 of {@link #ALERTS} for a scope's path prefix, then {@code more}. */
    static List<Object> parameters(String pathPrefix, LocalDate today, int withinDays, Object... more) {
        LocalDate limit = today.plusDays(withinDays);
        List<Object> parameters = new ArrayList<>(List.of(pathPrefix + "%", latestAdmission(limit),
                Steps.NO_PROBATION_FROM, Steps.NO_PROBATION_UNTIL, today.minusMonths(LOST_CONTACT_MONTHS),
                dayKey(limit)));
        parameters.addAll(List.of(more));
        return parameters;
    }

    /** The day's key {@code yyyymmdd}: an integer in the order of the days. */
    static int dayKey(LocalDate day) {
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /**
     * The latest admission whose year of probation (rule M6, before any extension) ends by {@code limit}: no
     * probation admitted later can end by then. One year before the limit, or the day after it when that is
     * 29 February (its year ends on 28 February).
     */
    static LocalDate latestAdmission(LocalDate limit) {
        LocalDate latest = limit.minusYears(1);
        while (!latest.plusDays(1).plusYears(1).isAfter(limit)) {
            latest = latest.plusDays(1);
        }
        return latest;
    }
}
