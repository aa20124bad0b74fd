package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.member.entity.Committee;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Seat;
import org.partyregistry.member.entity.SeatHolder;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.organization.control.CommitteeRecords;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.IdName;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Rule M18: who holds which seat on a term's committee; read and written in the organization's scope. */
@ApplicationScoped
public class CommitteeService implements CommitteeRecords {

    /** A seat to fill, by member id. */
    public record SeatInput(Long memberId, Seat seat) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Transactional
    public CommitteeView committee(long termId) {
        Term term = term(termId);
        currentUser.scope().requireRead(term.getOrganization().getPath());
        return view(term, holders(term));
    }

    /** Replaces the whole committee of the term, or refuses and changes nothing. */
    @Transactional
    public CommitteeView replace(long termId, List<SeatInput> inputs) {
        Scope scope = currentUser.scope();
        Term term = term(termId);
        scope.requireWrite(term.getOrganization().getPath());
        if (inputs == null) {
            throw BusinessException.onField("holders", "committee.holdersRequired");
        }
        List<Committee.Assignment> assignments = new ArrayList<>();
        for (SeatInput input : inputs) {
            if (input == null || input.memberId() == null) {
                throw BusinessException.onField("holders", "committee.holderIncomplete");
            }
            Member member = em.find(Member.class, input.memberId());
            if (member == null) {
                throw BusinessException.onField("holders", "error.notFound", "Member", input.memberId());
            }
            assignments.add(new Committee.Assignment(member, input.seat()));
        }
        List<SeatHolder> next = Committee.of(term, term.getOrganization().getPath(), assignments);
        List<SeatHolder> previous = holders(term);
        String before = describe(previous);
        previous.forEach(em::remove);
        em.flush();
        next.forEach(em::persist);
        audit.record(scope.username(), term, "COMMITTEE", Changes.of().change("holders", before, describe(next)));
        return view(term, next);
    }

    /** Who may hold a seat (rule M18): active full members of the term's organization and those below, by name. */
    @Transactional
    public List<CommitteeView.Holder> candidates(long termId) {
        Term term = term(termId);
        currentUser.scope().requireRead(term.getOrganization().getPath());
        return em.createQuery("""
                SELECT NEW org.partyregistry.platform.IdName(m.id, m.name) FROM Member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND m.stage = :full AND m.status = :active AND m.leftZoneOn IS NULL
                ORDER BY m.name""", IdName.class)
                .setParameter("prefix", term.getOrganization().getPath() + "%")
                .setParameter("full", Stage.FULL)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultStream().map(m -> new CommitteeView.Holder(m.id(), m.name(), null)).toList();
    }

    /** Rule O16's input: which of these terms have seat holders recorded; each term in the caller's read scope. */
    @Override
    @Transactional
    public Set<Long> recorded(Collection<Long> termIds) {
        if (termIds.isEmpty()) {
            return Set.of();
        }
        Scope scope = currentUser.scope();
        em.createQuery("SELECT t FROM Term t JOIN FETCH t.organization WHERE t.id IN :ids", Term.class)
                .setParameter("ids", termIds).getResultList()
                .forEach(t -> scope.requireRead(t.getOrganization().getPath()));
        return new HashSet<>(em.createQuery("SELECT DISTINCT s.term.id FROM SeatHolder s WHERE s.term.id IN :ids",
                Long.class).setParameter("ids", termIds).getResultList());
    }

    /** Rule ACT5's input: the member ids holding a seat for the term. */
    public List<Long> holderIds(Term term) {
        return em.createQuery("SELECT s.member.id FROM SeatHolder s WHERE s.term = :term", Long.class)
                .setParameter("term", term).getResultList();
    }

    private List<SeatHolder> holders(Term term) {
        return new ArrayList<>(em.createQuery("SELECT s FROM SeatHolder s JOIN FETCH s.member WHERE s.term = :term",
                SeatHolder.class).setParameter("term", term).getResultList());
    }

    private Term term(long id) {
        Term term = em.find(Term.class, id);
        if (term == null) {
            throw new NotFoundException("Term", id);
        }
        return term;
    }

    private static String describe(List<SeatHolder> holders) {
        return String.join(", ", holders.stream().sorted(ORDER)
                .map(h -> h.getSeat() + ":" + h.getMember().getId()).toList());
    }

    private static final Comparator<SeatHolder> ORDER = Comparator.comparing(SeatHolder::getSeat)
            .thenComparing(h -> h.getMember().getName());

    private static CommitteeView view(Term term, List<SeatHolder> holders) {
        return new CommitteeView(term.getId(), term.getOrganization().getId(), term.getOrganization().getName(),
                term.getNumber(), term.getElectedOn(), term.getEndedOn(), term.getSeats(), holders.stream()
                .sorted(ORDER)
                .map(h -> new CommitteeView.Holder(h.getMember().getId(), h.getMember().getName(), h.getSeat()))
                .toList());
    }
}
