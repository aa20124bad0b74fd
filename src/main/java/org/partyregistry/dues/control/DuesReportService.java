package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.TransferStatus;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.DateRange;
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
        MonthSums sums = months(em.createQuery("""
                SELECT NEW org.partyregistry.dues.control.MonthSums(SUM(d.amountDue), SUM(d.amountPaid))
                FROM DuesMonth d JOIN d.member m JOIN m.organization o WHERE 1 = 1""" + MONTH_UNDER_PREFIX
                + MONTH_EXPECTED, MonthSums.class), prefix, year).getSingleResult();
        BigDecimal expected = DuesRecords.money(sums.expected());
        BigDecimal collected = DuesRecords.money(sums.collected());
        long inArrears = DuesRecords.Window.of(asOf).bind(em.createQuery(
                "SELECT COUNT(m) FROM Member m JOIN m.organization o" + DuesRecords.IN_ARREARS, Long.class), prefix)
                .getSingleResult();
        return new DuesReport(organization.getId(), organization.getName(), year, asOf, expected, collected,
                expected.subtract(collected), inArrears);
    }

    /**
     * The yearly statement of an organization (and those below it): the report and, per member with months owed
     * in the year there, what was owed and paid (the organization shown is the member's now): the months from one
     * query, added up per member.
     */
    @Transactional
    public DuesStatement statement(Long organizationId, int year) {
        DuesReport report = report(organizationId, year);
        Organization organization = records.organization(organizationId);
        Map<Long, List<StatementMonth>> byMember = new LinkedHashMap<>();
        months(em.createQuery("""
                SELECT NEW org.partyregistry.dues.control.StatementMonth(m.id, m.name, o.name, d.amountDue,
                       d.amountPaid)
                FROM DuesMonth d JOIN d.member m JOIN m.organization o WHERE 1 = 1""" + MONTH_UNDER_PREFIX
                + MONTH_EXPECTED + """

                ORDER BY o.path, m.name, m.id, d.monthStart""", StatementMonth.class), organization.getPath() + "%",
                year).getResultStream().forEach(r -> byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>())
                        .add(r));
        List<DuesStatement.Line> lines = byMember.values().stream().map(DuesReportService::line).toList();
        return new DuesStatement(report, lines);
    }

    /** A member's line of the statement: the months owed and paid there, and their amounts. */
    private static DuesStatement.Line line(List<StatementMonth> months) {
        StatementMonth first = months.get(0);
        BigDecimal expected = DuesRecords.money(months.stream().map(StatementMonth::due)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal collected = DuesRecords.money(months.stream().map(StatementMonth::paid)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
        long paid = months.stream().filter(m -> m.paid() != null).count();
        return new DuesStatement.Line(first.memberId(), first.name(), first.organizationName(), months.size(), paid,
                expected, collected, expected.subtract(collected));
    }

    /** The months of {@code year} (a month is stored as its first day, so the year's days hold its months). */
    private static <T> TypedQuery<T> months(TypedQuery<T> query, String prefix, int year) {
        DateRange period = DateRange.year(year);
        return query.setParameter("prefix", prefix)
                .setParameter("received", TransferStatus.RECEIVED)
                .setParameter("gone", List.of(MemberStatus.REMOVED, MemberStatus.DECEASED))
                .setParameter("from", period.from())
                .setParameter("to", period.to());
    }
}
