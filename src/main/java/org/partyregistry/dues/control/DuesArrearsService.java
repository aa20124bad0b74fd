package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.partyregistry.dues.entity.Arrears;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.dues.entity.Standing;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Rule D8: the members behind with their dues, as of today (China Standard Time). */
@ApplicationScoped
public class DuesArrearsService {

    /**
     * Rule D8 on the summary {@code dues_standing} (see {@link Standing}): the members with nothing paid from the
     * first of the reminder's months on, and those who paid the current month but nothing before it from that month
     * on; both read through the index on (paid_through, paid_before), so only the members behind are read.
     */
    static final String BEHIND = """
            SELECT NEW org.partyregistry.dues.control.BehindMember(m.id, m.name, o.id, o.name, s.owesFrom,
                   s.paidThrough, s.paidBefore)
            FROM DuesStanding s JOIN s.member m JOIN m.organization o
            WHERE (s.paidThrough < :threshold OR (s.paidThrough > :lastComplete AND s.paidBefore < :threshold))
            AND o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing""";

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
        Scope scope = currentUser.scope();
        String prefix = scope.pathPrefix();
        if (organizationId != null) {
            Organization organization = records.organization(organizationId);
            scope.requireRead(organization.getPath());
            prefix = organization.getPath();
        }
        LocalDate asOf = clock.today();
        int lastComplete = Standing.number(YearMonth.from(asOf)) - 1;
        return em.createQuery(BEHIND, BehindMember.class)
                .setParameter("threshold", lastComplete - (ArrearsLevel.REMINDER_MONTHS - 1))
                .setParameter("lastComplete", lastComplete)
                .setParameter("prefix", prefix + "%")
                .setParameter("stages", DuesRecords.MEMBER_STAGES)
                .setParameter("owing", DuesRecords.OWING)
                .getResultStream()
                .map(b -> row(b, b.arrears(asOf)))
                .filter(r -> r.level() != ArrearsLevel.NONE)
                .sorted(Comparator.comparingInt(ArrearsRow::monthsUnpaid).reversed()
                        .thenComparing(ArrearsRow::name))
                .toList();
    }

    private static ArrearsRow row(BehindMember member, Arrears arrears) {
        return new ArrearsRow(member.memberId(), member.name(), member.organizationId(), member.organizationName(),
                arrears.asOf(), arrears.unpaidSince() == null ? null : arrears.unpaidSince().toString(),
                arrears.monthsUnpaid(), arrears.level());
    }
}
