package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Transfer;
import org.partyregistry.organization.control.OrganizationClosing;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.ConflictException;

/**
 * Rule M21: the members on an organization's roster (active or suspended, not transferred out of the zone) follow
 * it when it closes. A merge moves each of them to the absorbing organization on the merge date, recorded in the
 * member's history and audited one by one; a dissolution is refused while any remain, naming how many.
 */
@ApplicationScoped
public class MembersFollowOrganization {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Runs inside the merge's or dissolution's transaction; a refusal rolls the whole change back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onClosing(@Observes OrganizationClosing closing) {
        Organization organization = closing.organization();
        List<Member> members = em.createQuery("""
                SELECT m FROM Member m WHERE m.organization = :organization AND m.status IN :onRoster
                AND m.leftZoneOn IS NULL ORDER BY m.id""", Member.class)
                .setParameter("organization", organization)
                .setParameter("onRoster", List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED))
                .getResultList();
        if (members.isEmpty()) {
            return;
        }
        if (!closing.merge()) {
            throw new ConflictException(null, "organization.hasMembers", organization.getName(), members.size());
        }
        Organization target = closing.target();
        for (Member member : members) {
            em.persist(Transfer.byMerge(member, target, closing.on()));
            audit.record(closing.actor(), member, "MERGE_MOVE", Changes.of()
                    .change("organizationId", organization.getId(), target.getId())
                    .set("on", closing.on()));
        }
    }
}
