package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.organization.entity.TermExpiryChange;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Flush;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.platform.Paging;
import org.partyregistry.platform.StaleVersionException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Terms of office: elections, changes of the expiry and the "terms due" list (rules O6-O9, O12, O14). */
@ApplicationScoped
public class TermService {

    public record Election(Integer number, LocalDate electedOn, Integer years, Integer seats, Integer eligibleVoters,
                           Integer votesCast) {
    }

    /** Rule O14: a postponement or bringing forward of an open term's expiry, with its approval. */
    public record ExpiryInput(LocalDate expiresOn, String reason, LocalDate approvedOn, Long version) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Organizations organizations;

    @Inject
    OrganizationChanges changes;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MemberCounts memberCounts;

    @Transactional
    public TermView elect(long organizationId, Election election) {
        Organization organization = organizations.writable(organizationId);
        Term previous = latestTerm(organization);
        if (election.number() == null) {
            throw BusinessException.onField("number", "term.numberPositive");
        }
        LocalDate today = clock.today();
        Term term = new Term(organization, previous, election.number(), election.electedOn(), election.years(),
                election.seats(), election.eligibleVoters(), election.votesCast(), today);
        term.requireSeatsFit(memberCounts.fullMembersOn(organization, term.getElectedOn()));
        if (previous != null) {
            previous.succeed(term);
        }
        em.persist(term);
        Flush.checked(em);
        changes.event(organization, EventKind.TERM_ELECTED, term.getElectedOn(),
                previous == null ? null : String.valueOf(previous.getNumber()), String.valueOf(term.getNumber()));
        String actor = currentUser.scope().username();
        audit.record(actor, term, "CREATE", Changes.of()
                .set("organizationId", organization.getId())
                .set("number", term.getNumber())
                .set("electedOn", term.getElectedOn())
                .set("years", term.getYears())
                .set("seats", term.getSeats())
                .set("eligibleVoters", term.getEligibleVoters())
                .set("votesCast", term.getVotesCast()));
        if (previous != null) {
            audit.record(actor, previous, "END", Changes.of().set("endedOn", previous.getEndedOn()));
        }
        return TermView.of(term, today, List.of());
    }

    /** One term with its history of expiry changes, in the caller's read scope. */
    @Transactional
    public TermView term(long termId) {
        Term term = find(termId);
        currentUser.scope().requireRead(term.getOrganization().getPath());
        return views(List.of(term), clock.today()).get(0);
    }

    /**
     * Rule O14: postpones or brings forward an open term's expiry by at most a year from the expiry set at the
     * election, with the approval's date and a reason; the version read must still be current (rule O10).
     */
    @Transactional
    public TermView changeExpiry(long termId, ExpiryInput input) {
        Scope scope = currentUser.scope();
        Term term = find(termId);
        scope.requireWrite(term.getOrganization().getPath());
        if (input.version() == null) {
            throw BusinessException.onField("version", "error.versionRequired");
        }
        term.checkVersion(input.version());
        LocalDate old = term.getExpiresOn();
        var change = term.changeExpiry(input.expiresOn(), input.reason(), input.approvedOn(), clock.today(),
                scope.username(), clock.nowUtc());
        em.persist(change);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Term", term.getId());
        }
        changes.event(term.getOrganization(), EventKind.TERM_EXPIRY_CHANGED, change.getApprovedOn(),
                old.toString(), term.getExpiresOn().toString());
        audit.record(scope.username(), term, "CHANGE_EXPIRY", Changes.of()
                .change("expiresOn", old, term.getExpiresOn())
                .set("reason", change.getReason())
                .set("approvedOn", change.getApprovedOn()));
        return views(List.of(term), clock.today()).get(0);
    }

    private Term find(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException("Term", termId);
        }
        return term;
    }

    /** The views of the terms with their expiry changes, read in one query. */
    private List<TermView> views(List<Term> list, LocalDate today) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TermExpiryChange>> changes = em.createQuery(
                "SELECT c FROM TermExpiryChange c WHERE c.term IN :terms ORDER BY c.id", TermExpiryChange.class)
                .setParameter("terms", list).getResultStream()
                .collect(Collectors.groupingBy(c -> c.getTerm().getId()));
        return list.stream().map(t -> TermView.of(t, today, changes.getOrDefault(t.getId(), List.of()))).toList();
    }

    @Transactional
    public List<TermView> terms(long organizationId) {
        Organization organization = organizations.readable(organizationId);
        LocalDate today = clock.today();
        return views(em.createQuery(
                        "SELECT t FROM Term t WHERE t.organization = :organization ORDER BY t.electedOn DESC",
                        Term.class)
                .setParameter("organization", organization).getResultList(), today);
    }

    /**
     * Open terms of active organizations in the caller's scope that expire within {@code withinDays} of today,
     * overdue ones included, soonest first (rule O8).
     */
    @Transactional
    public List<TermView> due(int withinDays) {
        return due(withinDays, 0, null);
    }

    /**
     * Rule O8: a page of {@link #due(int)}: {@code max} terms (null: all) from the {@code first}, in the same order
     * (soonest first, then by organization and id, so that pages never overlap).
     */
    @Transactional
    public List<TermView> due(int withinDays, int first, Integer max) {
        // a page when max is given; without it, everything from first
        Paging.check(first, max == null ? 1 : max);
        LocalDate today = clock.today();
        TypedQuery<Term> query = dueQuery(withinDays, "SELECT t FROM Term t JOIN FETCH t.organization o",
                " ORDER BY t.expiresOn, o.name, t.id", Term.class).setFirstResult(first);
        if (max != null) {
            query.setMaxResults(max);
        }
        return views(query.getResultList(), today);
    }

    /** Rule O8: the size of {@link #due(int)} and its overdue part, counted by the database. */
    @Transactional
    public DueCount countDue(int withinDays) {
        return dueQuery(withinDays, """
                SELECT NEW org.partyregistry.organization.control.DueCount(COUNT(t),
                COALESCE(SUM(CASE WHEN t.expiresOn < :today THEN 1 ELSE 0 END), 0)) FROM Term t
                JOIN t.organization o""", "", DueCount.class).setParameter("today", clock.today()).getSingleResult();
    }

    /** The terms due (rule O8) in the caller's scope, selected as {@code select} says and ordered by {@code order}. */
    private <T> TypedQuery<T> dueQuery(int withinDays, String select, String order, Class<T> type) {
        if (withinDays < 0 || withinDays > 3660) {
            throw BusinessException.onField("within", "term.withinRange");
        }
        return em.createQuery(select
                + " WHERE t.endedOn IS NULL AND o.status = :active AND o.path LIKE :prefix AND t.expiresOn <= :limit"
                + order, type)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("prefix", currentUser.scope().pathPrefix() + "%")
                .setParameter("limit", clock.today().plusDays(withinDays));
    }

    /** Latest term of an organization, or null. */
    private Term latestTerm(Organization organization) {
        return em.createQuery(
                "SELECT t FROM Term t WHERE t.organization = :organization ORDER BY t.electedOn DESC", Term.class)
                .setParameter("organization", organization).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }
}
