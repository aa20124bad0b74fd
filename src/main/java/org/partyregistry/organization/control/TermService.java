package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Flush;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Terms of office: elections and the "terms due" list (rules O6-O9). */
@ApplicationScoped
public class TermService {

    public record Election(Integer number, LocalDate electedOn, Integer years, Integer seats, Integer eligibleVoters,
                           Integer votesCast) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public TermView elect(long organizationId, Election election) {
        Organization organization = organizations.writable(organizationId);
        Term previous = organizations.latestTerm(organization);
        if (election.number() == null) {
            throw BusinessException.onField("number", "term.numberPositive");
        }
        LocalDate today = clock.today();
        Term term = new Term(organization, previous, election.number(), election.electedOn(), election.years(),
                election.seats(), election.eligibleVoters(), election.votesCast(), today);
        if (previous != null) {
            previous.succeed(term);
        }
        em.persist(term);
        Flush.checked(em);
        organizations.event(organization, EventKind.TERM_ELECTED, term.getElectedOn(),
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
        return TermView.of(term, today);
    }

    @Transactional
    public List<TermView> terms(long organizationId) {
        Organization organization = organizations.get(organizationId);
        currentUser.scope().requireRead(organization.getPath());
        LocalDate today = clock.today();
        return em.createQuery("SELECT t FROM Term t WHERE t.organization = :organization ORDER BY t.electedOn DESC",
                        Term.class)
                .setParameter("organization", organization).getResultStream().map(t -> TermView.of(t, today))
                .toList();
    }

    /**
     * Open terms of active organizations in the caller's scope that expire within {@code withinDays} of today,
     * overdue ones included, soonest first (rule O8).
     */
    @Transactional
    public List<TermView> due(int withinDays) {
        if (withinDays < 0 || withinDays > 3660) {
            throw BusinessException.onField("within", "term.withinRange");
        }
        Scope scope = currentUser.scope();
        LocalDate today = clock.today();
        return em.createQuery("""
                SELECT t FROM Term t JOIN FETCH t.organization o
                WHERE t.endedOn IS NULL AND o.status = :active AND o.path LIKE :prefix AND t.expiresOn <= :limit
                ORDER BY t.expiresOn, o.name""", Term.class)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("prefix", scope.pathPrefix() + "%")
                .setParameter("limit", today.plusDays(withinDays))
                .getResultStream().map(t -> TermView.of(t, today)).toList();
    }
}
