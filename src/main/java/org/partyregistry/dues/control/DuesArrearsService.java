package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partyregistry.dues.entity.Arrears;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.dues.entity.DuesLedger;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Rule D8: the members behind with their dues, as of today (China Standard Time). */
@ApplicationScoped
public class DuesArrearsService {

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
     * null) 3 months or more behind, longest first; from three queries (the members with none of the last 3
     * complete months paid, the latest month paid and the first year fixed per member), no ledger loaded. Members
     * recorded with only a full-membership date owe from it.
     */
    @Transactional
    public List<ArrearsRow> arrears(Long organizationId) {
        Scope scope = currentUser.scope();
        String prefix = scope.pathPrefix();
        if (organizationId != null) {
            Organization organization = records.organization(organizationId);
            scope.requireRead(organization.getPath());
            prefix = organization.getPath();
        }
        LocalDate asOf = clock.today();
        DuesRecords.Window window = DuesRecords.Window.of(asOf);
        Map<Long, LocalDate> lastPaid = em.createQuery("""
                SELECT NEW org.partyregistry.dues.control.MemberMonth(m.id, MAX(d.monthStart))
                FROM DuesMonth d JOIN d.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND d.payment IS NOT NULL AND d.monthStart <= :lastComplete
                GROUP BY m.id""", MemberMonth.class)
                .setParameter("prefix", prefix + "%")
                .setParameter("lastComplete", window.lastComplete())
                .getResultStream().collect(Collectors.toMap(MemberMonth::memberId, MemberMonth::monthStart));
        Map<Long, Integer> firstFixed = firstFixedYears(prefix);
        List<ArrearsRow> rows = new ArrayList<>();
        window.bind(em.createQuery("SELECT NEW org.partyregistry.dues.control.ArrearsCandidate(m.id, m.name, o.id,"
                        + " o.name, m.probationaryOn, m.fullOn) FROM Member m JOIN m.organization o"
                        + DuesRecords.IN_ARREARS, ArrearsCandidate.class), prefix + "%")
                .getResultStream().forEach(c -> {
                    LocalDate paid = lastPaid.get(c.memberId());
                    Arrears arrears = Arrears.of(asOf, DuesLedger.firstOnRecord(YearMonth.from(c.admittedOn()),
                            firstFixed.get(c.memberId())), paid == null ? null : YearMonth.from(paid));
                    if (arrears.level() != ArrearsLevel.NONE) {
                        rows.add(new ArrearsRow(c.memberId(), c.name(), c.organizationId(), c.organizationName(),
                                asOf, arrears.unpaidSince().toString(), arrears.monthsUnpaid(), arrears.level()));
                    }
                });
        rows.sort((a, b) -> a.monthsUnpaid() != b.monthsUnpaid() ? b.monthsUnpaid() - a.monthsUnpaid()
                : a.name().compareTo(b.name()));
        return rows;
    }

    /**
     * Rule D8: the first year fixed per member of the organizations under {@code prefix}: the year of the earliest
     * month owed, as only confirmed years write months.
     */
    private Map<Long, Integer> firstFixedYears(String prefix) {
        return em.createQuery("""
                SELECT NEW org.partyregistry.dues.control.MemberMonth(m.id, MIN(d.monthStart))
                FROM DuesMonth d JOIN d.member m JOIN m.organization o
                WHERE o.path LIKE :prefix GROUP BY m.id""", MemberMonth.class)
                .setParameter("prefix", prefix + "%")
                .getResultStream().collect(Collectors.toMap(MemberMonth::memberId, r -> r.monthStart().getYear()));
    }
}
