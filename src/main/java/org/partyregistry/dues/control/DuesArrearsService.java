package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
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

    /** A member with none of the reminder's months paid: who, where, and since when they owe. */
    record Candidate(long memberId, String name, long organizationId, String organizationName, LocalDate admittedOn) {

        static Candidate of(Tuple t) {
            return new Candidate(t.get("memberId", Long.class), t.get("name", String.class),
                    t.get("organizationId", Long.class), t.get("organizationName", String.class),
                    t.get("admittedOn", LocalDate.class));
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
                SELECT m.id AS memberId, MAX(d.monthStart) AS lastPaid
                FROM DuesMonth d JOIN d.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND d.payment IS NOT NULL AND d.monthStart <= :lastComplete
                GROUP BY m.id""", Tuple.class)
                .setParameter("prefix", prefix + "%")
                .setParameter("lastComplete", window.lastComplete())
                .getResultList().stream().collect(Collectors.toMap(t -> t.get("memberId", Long.class),
                        t -> t.get("lastPaid", LocalDate.class)));
        Map<Long, Integer> firstFixed = firstFixedYears(prefix);
        List<ArrearsRow> rows = new ArrayList<>();
        window.bind(em.createQuery("SELECT m.id AS memberId, m.name AS name, o.id AS organizationId, "
                        + "o.name AS organizationName, " + DuesRecords.ADMITTED + " AS admittedOn "
                        + "FROM Member m JOIN m.organization o" + DuesRecords.IN_ARREARS, Tuple.class),
                        prefix + "%")
                .getResultList().stream().map(Candidate::of).forEach(c -> {
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

    /** Rule D8: the first year fixed per member of the organizations under {@code prefix}. */
    private Map<Long, Integer> firstFixedYears(String prefix) {
        return em.createQuery("""
                SELECT m.id AS memberId, MIN(y.year) AS firstYear
                FROM DuesYear y JOIN y.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND y.confirmedOn IS NOT NULL GROUP BY m.id""", Tuple.class)
                .setParameter("prefix", prefix + "%")
                .getResultList().stream().collect(Collectors.toMap(t -> t.get("memberId", Long.class),
                        t -> ((Number) t.get("firstYear")).intValue()));
    }
}
