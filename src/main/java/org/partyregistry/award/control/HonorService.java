package org.partyregistry.award.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.award.entity.Honor;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.member.control.Members;
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.ForbiddenException;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Honors (rules AW10-AW12): nominate within the caller's scope, approve and award by the committee. */
@ApplicationScoped
public class HonorService {

    /** What a nomination names; exactly one of memberId and organizationId, as the kind requires. */
    public record Nomination(HonorKind kind, HonorLevel level, Integer year, Long memberId, Long organizationId,
                             String citation) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Members members;

    @Inject
    Organizations organizations;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    /** Rules AW10, AW11: a nomination; refused, writing nothing, for the wrong kind of subject or a duplicate. */
    @Transactional
    public HonorView nominate(Nomination in) {
        Scope scope = currentUser.scope();
        Member member = null;
        Organization organization = null;
        if (in.memberId() != null) {
            member = members.writable(in.memberId());
        }
        if (in.organizationId() != null) {
            organization = organizations.writable(in.organizationId());
        }
        Honor honor = new Honor(in.kind(), in.level(), in.year(), member, organization, in.citation(),
                scope.username(), clock.today());
        boolean duplicate = !em.createQuery("SELECT h.id FROM Honor h WHERE h.kind = :kind AND h.level = :level"
                        + " AND h.year = :year AND h." + (member != null ? "member" : "organization") + " = :subject",
                        Long.class)
                .setParameter("kind", honor.getKind()).setParameter("level", honor.getLevel())
                .setParameter("year", honor.getYear()).setParameter("subject", member != null ? member : organization)
                .setMaxResults(1).getResultList().isEmpty();
        if (duplicate) {
            throw new ConflictException(member != null ? "memberId" : "organizationId", "honor.duplicate",
                    honor.getKind(), honor.getLevel(), String.valueOf(honor.getYear()));
        }
        em.persist(honor);
        audit.record(scope.username(), honor, "NOMINATE", Changes.of().set("kind", honor.getKind())
                .set("level", honor.getLevel()).set("year", honor.getYear())
                .set("memberId", member == null ? null : member.getId())
                .set("organizationId", organization == null ? null : organization.getId()));
        return HonorView.of(honor);
    }

    /** Rule AW11: the committee approves. */
    @Transactional
    public HonorView approve(long id) {
        Scope scope = committee();
        Honor honor = honor(id, scope);
        honor.approve(scope.username(), clock.today());
        audit.record(scope.username(), honor, "APPROVE", Changes.of().change("state", NominationState.NOMINATED,
                honor.getState()));
        return HonorView.of(honor);
    }

    /** Rule AW11: the committee awards an approved honor on a date. */
    @Transactional
    public HonorView award(long id, LocalDate on) {
        Scope scope = committee();
        Honor honor = honor(id, scope);
        honor.award(on, clock.today());
        audit.record(scope.username(), honor, "AWARD", Changes.of().change("state", NominationState.APPROVED,
                honor.getState()).set("awardedOn", on));
        return HonorView.of(honor);
    }

    @Transactional
    public HonorView get(long id) {
        return HonorView.of(honor(id, currentUser.scope()));
    }

    /**
     * Honors in the caller's scope, of a member, of an organization (itself only), of a year, or all; latest first.
     * Naming a member or an organization outside the scope is refused (403), an unknown one is 404, as for every
     * other list.
     */
    @Transactional
    public List<HonorView> list(Long memberId, Long organizationId, Integer year) {
        Scope scope = currentUser.scope();
        if (memberId != null) {
            members.readable(memberId);
        }
        if (organizationId != null) {
            organizations.readable(organizationId);
        }
        StringBuilder jpql = new StringBuilder("""
                SELECT h FROM Honor h LEFT JOIN h.member m LEFT JOIN m.organization mo LEFT JOIN h.organization o
                WHERE (mo.path LIKE :prefix OR o.path LIKE :prefix)""");
        if (memberId != null) {
            jpql.append(" AND m.id = :memberId");
        }
        if (organizationId != null) {
            jpql.append(" AND o.id = :organizationId");
        }
        if (year != null) {
            jpql.append(" AND h.year = :year");
        }
        jpql.append(" ORDER BY h.year DESC, h.id DESC");
        TypedQuery<Honor> query = em.createQuery(jpql.toString(), Honor.class)
                .setParameter("prefix", scope.pathPrefix() + "%");
        if (memberId != null) {
            query.setParameter("memberId", memberId);
        }
        if (organizationId != null) {
            query.setParameter("organizationId", organizationId);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultStream().map(HonorView::of).toList();
    }

    private Honor honor(long id, Scope scope) {
        Honor honor = em.find(Honor.class, id);
        if (honor == null || !scope.canRead(honor.scopeOrganization().getPath())) {
            throw new NotFoundException("Honor", id);
        }
        return honor;
    }

    private Scope committee() {
        Scope scope = currentUser.scope();
        if (!scope.seesEverything()) {
            throw new ForbiddenException();
        }
        return scope;
    }
}
