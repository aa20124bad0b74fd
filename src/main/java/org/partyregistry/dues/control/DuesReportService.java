package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.TransferStatus;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;

/**
 * The dues report and the yearly statement of an organization (and those below it), rule D13: sums and counts in
 * the database, no member loaded. Each month counts where the member was on its first day, and no month is
 * expected after the member died, was removed or left the zone.
 */
@ApplicationScoped
public class DuesReportService {

    /**
     * Rule D13 in JPQL on {@code DuesMonth d} of {@code Member m} in {@code m.organization o}: the organization the
     * member belonged to on the month's first day lies under {@code :prefix}. That organization is the sender of
     * the first transfer received after that day, or, with none, the member's organization now.
     */
    static final String MONTH_UNDER_PREFIX = " " + """
             AND (EXISTS (SELECT t FROM Transfer t JOIN t.from f WHERE t.member = m AND t.status = :received
                          AND t.decidedOn > d.monthStart AND f.path LIKE :prefix
                          AND NOT EXISTS (SELECT n FROM Transfer n WHERE n.member = m AND n.status = :received
                                          AND n.decidedOn > d.monthStart
                                          AND (n.decidedOn < t.decidedOn
                                               OR (n.decidedOn = t.decidedOn AND n.id < t.id))))
                  OR (o.path LIKE :prefix
                      AND NOT EXISTS (SELECT n FROM Transfer n WHERE n.member = m AND n.status = :received
                                      AND n.decidedOn > d.monthStart)))""";

    /**
     * Rule D13: the month is expected while the member is a member of the zone: the month of death, removal or the
     * transfer out of the zone is the last one.
     */
    static final String MONTH_EXPECTED = " " + """
             AND (m.status NOT IN :gone OR m.statusSince >= d.monthStart)
             AND (m.leftZoneOn IS NULL OR m.leftZoneOn >= d.monthStart)
             AND d.monthStart >= :from AND d.monthStart <= :to""";

    /** One member's months in the year: how many owed and paid, and the amounts. */
    record MemberTotals(long memberId, String name, String organizationName, long monthsOwed, long monthsPaid,
                        BigDecimal expected, BigDecimal collected) {

        static MemberTotals of(Tuple t) {
            return new MemberTotals(t.get("memberId", Long.class), t.get("name", String.class),
                    t.get("organizationName", String.class), ((Number) t.get("monthsOwed")).longValue(),
                    ((Number) t.get("monthsPaid")).longValue(), DuesRecords.money(t.get("expected")),
                    DuesRecords.money(t.get("collected")));
        }

        DuesStatement.Line toLine() {
            return new DuesStatement.Line(memberId, name, organizationName, monthsOwed, monthsPaid, expected,
                    collected, expected.subtract(collected));
        }
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    DuesRecords records;

    /** The dues report of an organization (and those below it) for a year. */
    @Transactional
    public DuesReport report(Long organizationId, int year) {
        if (organizationId == null) {
            throw BusinessException.onField("organizationId", "dues.organizationRequired");
        }
        Organization organization = records.organization(organizationId);
        currentUser.scope().requireRead(organization.getPath());
        LocalDate today = clock.today();
        DuesRecords.checkYear(year, today);
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year + 1, 1, 1) : today;
        String prefix = organization.getPath() + "%";
        Tuple sums = months(em.createQuery("""
                SELECT SUM(d.amountDue) AS expected, SUM(d.amountPaid) AS collected
                FROM DuesMonth d JOIN d.member m JOIN m.organization o WHERE 1 = 1""" + MONTH_UNDER_PREFIX
                + MONTH_EXPECTED, Tuple.class), prefix, year).getResultList().get(0);
        BigDecimal expected = DuesRecords.money(sums.get("expected"));
        BigDecimal collected = DuesRecords.money(sums.get("collected"));
        long inArrears = DuesRecords.Window.of(asOf).bind(em.createQuery(
                "SELECT COUNT(m) FROM Member m JOIN m.organization o" + DuesRecords.IN_ARREARS, Long.class), prefix)
                .getSingleResult();
        return new DuesReport(organization.getId(), organization.getName(), year, asOf, expected, collected,
                expected.subtract(collected), inArrears);
    }

    /**
     * The yearly statement of an organization (and those below it): the report and, per member with months owed
     * in the year there, what was owed and paid (the organization shown is the member's now); one grouped query.
     */
    @Transactional
    public DuesStatement statement(Long organizationId, int year) {
        DuesReport report = report(organizationId, year);
        Organization organization = records.organization(organizationId);
        List<DuesStatement.Line> lines = months(em.createQuery("""
                SELECT m.id AS memberId, m.name AS name, o.name AS organizationName, COUNT(d) AS monthsOwed,
                       COUNT(d.amountPaid) AS monthsPaid, SUM(d.amountDue) AS expected,
                       SUM(d.amountPaid) AS collected
                FROM DuesMonth d JOIN d.member m JOIN m.organization o WHERE 1 = 1""" + MONTH_UNDER_PREFIX
                + MONTH_EXPECTED + """

                GROUP BY m.id, m.name, o.name, o.path
                ORDER BY o.path, m.name, m.id""", Tuple.class), organization.getPath() + "%", year)
                .getResultList().stream().map(t -> MemberTotals.of(t).toLine()).toList();
        return new DuesStatement(report, lines);
    }

    private static TypedQuery<Tuple> months(TypedQuery<Tuple> query, String prefix, int year) {
        return query.setParameter("prefix", prefix)
                .setParameter("received", TransferStatus.RECEIVED)
                .setParameter("gone", List.of(MemberStatus.REMOVED, MemberStatus.DECEASED))
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 1));
    }
}
