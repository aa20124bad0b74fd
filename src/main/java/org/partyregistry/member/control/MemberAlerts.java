package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Rule M16: the members who need attention in the caller's scope (probations ending, lost contact). */
@ApplicationScoped
public class MemberAlerts {

    static final int LOST_CONTACT_MONTHS = 6;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    /**
     * Rule M16, in the caller's scope: probations ending within {@code withinDays} or overdue, and members suspended
     * (lost contact) for 6 months or more; soonest first.
     */
    @Transactional
    public List<MemberAlert> alerts(int withinDays) {
        if (withinDays < 0 || withinDays > 366) {
            throw BusinessException.onField("within", "member.alertWithinRange");
        }
        Scope scope = currentUser.scope();
        LocalDate today = clock.today();
        List<MemberAlert> alerts = new ArrayList<>();
        em.createQuery("""
                SELECT m FROM Member m JOIN FETCH m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.status = :active AND m.stage = :probationary
                AND m.probationaryOn <= :latest""", Member.class)
                .setParameter("prefix", scope.pathPrefix() + "%")
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("probationary", Stage.PROBATIONARY)
                .setParameter("latest", today.plusDays(withinDays).minusYears(1))
                .getResultStream().forEach(m -> {
                    LocalDate ends = m.probationEnds();
                    long days = ChronoUnit.DAYS.between(today, ends);
                    if (days <= withinDays) {
                        alerts.add(new MemberAlert(days < 0 ? MemberAlert.Kind.PROBATION_OVERDUE
                                : MemberAlert.Kind.PROBATION_DUE, m.getId(), m.getName(), m.getOrganization().getId(),
                                m.getOrganization().getName(), ends, days));
                    }
                });
        em.createQuery("""
                SELECT m FROM Member m JOIN FETCH m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.status = :suspended
                AND m.statusSince <= :since""", Member.class)
                .setParameter("prefix", scope.pathPrefix() + "%")
                .setParameter("suspended", MemberStatus.SUSPENDED)
                .setParameter("since", today.minusMonths(LOST_CONTACT_MONTHS))
                .getResultStream().forEach(m -> alerts.add(new MemberAlert(MemberAlert.Kind.LOST_CONTACT, m.getId(),
                        m.getName(), m.getOrganization().getId(), m.getOrganization().getName(), m.getStatusSince(),
                        ChronoUnit.DAYS.between(today, m.getStatusSince()))));
        alerts.sort(Comparator.comparing(MemberAlert::days).thenComparing(MemberAlert::name));
        return alerts;
    }
}
