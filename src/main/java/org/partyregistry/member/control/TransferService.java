package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.Transfer;
import org.partyregistry.member.entity.TransferStatus;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.IdName;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.platform.Paging;
import org.partyregistry.platform.StaleVersionException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Transfers of membership (rules M14, M15): sent by the member's side, decided by the receiving side. */
@ApplicationScoped
public class TransferService {

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

    @Inject
    Event<MembersChanged> changed;

    @Transactional
    public TransferView send(long memberId, Long toOrganizationId, String toExternal, LocalDate on) {
        Scope scope = currentUser.scope();
        Member member = members.writable(memberId);
        Organization to = null;
        if (toOrganizationId != null) {
            to = organizations.named(toOrganizationId, "toOrganizationId");
        }
        long pending = em.createQuery(
                "SELECT COUNT(t) FROM Transfer t WHERE t.member = :member AND t.status = :pending", Long.class)
                .setParameter("member", member).setParameter("pending", TransferStatus.PENDING).getSingleResult();
        Transfer transfer = new Transfer(member, to, toExternal, on, pending > 0, clock.today());
        em.persist(transfer);
        audit.record(scope.username(), transfer, "CREATE", Changes.of()
                .set("memberId", member.getId())
                .set("fromOrganizationId", transfer.getFrom().getId())
                .set("toOrganizationId", to == null ? null : to.getId())
                .set("toExternal", transfer.getToExternal())
                .set("on", on));
        return TransferView.of(transfer, clock.today());
    }

    @Transactional
    public TransferView receive(long id, LocalDate on) {
        Scope scope = currentUser.scope();
        Transfer transfer = decidable(id, scope);
        Long fromId = transfer.getMember().getOrganization().getId();
        LocalDate today = clock.today();
        transfer.receive(on == null ? today : on, today);
        flush(transfer);
        changed.fire(new MembersChanged(List.of(transfer.getMember().getId()), java.util.Set.of(fromId)));
        audit.record(scope.username(), transfer, "RECEIVE", Changes.of()
                .change("status", TransferStatus.PENDING, transfer.getStatus())
                .set("decidedOn", transfer.getDecidedOn()));
        Member member = transfer.getMember();
        audit.record(scope.username(), member, "TRANSFER", Changes.of()
                .change("organizationId", fromId, member.getOrganization().getId())
                .set("leftZoneOn", member.getLeftZoneOn()));
        return TransferView.of(transfer, today);
    }

    @Transactional
    public TransferView refuse(long id, LocalDate on, String reason) {
        Scope scope = currentUser.scope();
        Transfer transfer = decidable(id, scope);
        LocalDate today = clock.today();
        transfer.refuse(on == null ? today : on, reason, today);
        flush(transfer);
        audit.record(scope.username(), transfer, "REFUSE", Changes.of()
                .change("status", TransferStatus.PENDING, transfer.getStatus())
                .set("decidedOn", transfer.getDecidedOn())
                .set("reason", transfer.getReason()));
        return TransferView.of(transfer, today);
    }

    /** Pending transfers in the caller's scope (either side) sent at least {@code overDays} days ago, oldest first. */
    @Transactional
    public List<TransferView> pending(int overDays) {
        return views(pendingOver(overDays).list(em), clock.today());
    }

    /** A page of {@link #pending(int)}: {@code max} transfers from the {@code first}, in the same order. */
    @Transactional
    public List<TransferView> pending(int overDays, int first, int max) {
        Pending pending = pendingOver(overDays);
        Paging.check(first, max);
        return views(pending.list(em).setFirstResult(first).setMaxResults(max), clock.today());
    }

    /** The size of {@link #pending(int)}, counted by the database. */
    @Transactional
    public long countPending(int overDays) {
        return pendingOver(overDays).count(em);
    }

    /** One transfer, for either side (rule M15). */
    @Transactional
    public TransferView view(long id) {
        Transfer transfer = em.find(Transfer.class, id);
        if (transfer == null) {
            throw new NotFoundException("Transfer", id);
        }
        Scope scope = currentUser.scope();
        if (!scope.canRead(transfer.getFrom().getPath())) {
            scope.requireRead(transfer.deciderPath());
        }
        return TransferView.of(transfer, clock.today());
    }

    /** A member's transfers, newest first (rule M15: readable with the member). */
    @Transactional
    public List<TransferView> ofMember(long memberId) {
        Member member = members.readable(memberId);
        LocalDate today = clock.today();
        return em.createQuery("""
                SELECT t FROM Transfer t JOIN FETCH t.from LEFT JOIN FETCH t.to
                WHERE t.member = :member ORDER BY t.sentOn DESC, t.id DESC""", Transfer.class)
                .setParameter("member", member).getResultStream().map(t -> TransferView.of(t, today)).toList();
    }

    /** Pending transfers the caller has to decide (received by their organizations), oldest first. */
    @Transactional
    public List<TransferView> incoming() {
        return views(incomingPending().list(em), clock.today());
    }

    /** A page of {@link #incoming()}: {@code max} transfers from the {@code first}, in the same order. */
    @Transactional
    public List<TransferView> incoming(int first, int max) {
        Paging.check(first, max);
        return views(incomingPending().list(em).setFirstResult(first).setMaxResults(max), clock.today());
    }

    /** The size of {@link #incoming()}, counted by the database. */
    @Transactional
    public long countIncoming() {
        return incomingPending().count(em);
    }

    /**
     * Pending transfers matching {@code where} (over {@code t}, its sender {@code f} and receiver {@code o}) with its
     * parameters: listed with member and organizations fetched, oldest first (then by id), or counted.
     */
    private record Pending(String where, Map<String, Object> parameters) {

        TypedQuery<Transfer> list(EntityManager em) {
            return bind(em.createQuery("SELECT t FROM Transfer t JOIN FETCH t.member JOIN FETCH t.from f"
                    + " LEFT JOIN FETCH t.to o WHERE t.status = :pending AND " + where + " ORDER BY t.sentOn, t.id",
                    Transfer.class));
        }

        long count(EntityManager em) {
            return bind(em.createQuery("SELECT COUNT(t) FROM Transfer t JOIN t.from f LEFT JOIN t.to o"
                    + " WHERE t.status = :pending AND " + where, Long.class)).getSingleResult();
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("pending", TransferStatus.PENDING);
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** Rule M15: received by the caller's organizations (by the sender's, for a transfer out of the zone). */
    private Pending incomingPending() {
        return new Pending("(o.path LIKE :prefix OR (o.id IS NULL AND f.path LIKE :prefix))",
                Map.of("prefix", currentUser.scope().pathPrefix() + "%"));
    }

    /** Rule M15: either side in the caller's scope, sent at least {@code overDays} days ago. */
    private Pending pendingOver(int overDays) {
        if (overDays < 0 || overDays > 3660) {
            throw BusinessException.onField("pendingOver", "transfer.pendingOverRange");
        }
        return new Pending("t.sentOn <= :sentBy AND (f.path LIKE :prefix OR o.path LIKE :prefix)",
                Map.of("sentBy", clock.today().minusDays(overDays),
                        "prefix", currentUser.scope().pathPrefix() + "%"));
    }

    private static List<TransferView> views(TypedQuery<Transfer> query, LocalDate today) {
        return query.getResultStream().map(t -> TransferView.of(t, today)).toList();
    }

    /** An organization a member can be transferred into: any active organization of the zone, by name. */
    public record Destination(Long id, String name) implements Serializable {
    }

    /**
     * Every active organization of the zone except groups and the working committee: a sender has to name the
     * receiver even outside their own scope; only ids and names are shown.
     */
    @Transactional
    public List<Destination> destinations() {
        currentUser.scope();
        return em.createQuery("SELECT NEW org.partyregistry.platform.IdName(o.id, o.name) FROM Organization o"
                        + " WHERE o.status = :active AND o.type IN :types ORDER BY o.name", IdName.class)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("types", List.of(OrganizationType.COMMITTEE, OrganizationType.GENERAL_BRANCH,
                        OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH))
                .getResultStream().map(o -> new Destination(o.id(), o.name())).toList();
    }

    private Transfer decidable(long id, Scope scope) {
        Transfer transfer = em.find(Transfer.class, id);
        if (transfer == null) {
            throw new NotFoundException("Transfer", id);
        }
        scope.requireWrite(transfer.deciderPath());
        return transfer;
    }

    private void flush(Transfer transfer) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Transfer", transfer.getId());
        }
    }
}
