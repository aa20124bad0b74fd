package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.organization.control.MemberCounts;
import org.partyregistry.organization.control.MemberTotal;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;

/** The member counts of rules O12 and O15 (organization feature), as aggregate queries over the members. */
@ApplicationScoped
public class MemberCountsQuery implements MemberCounts {

    static final LocalDate NO_PROBATION_FROM = LocalDate.of(1969, 4, 1);
    static final LocalDate NO_PROBATION_TO = LocalDate.of(1977, 8, 11);

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Override
    public long fullMembersOn(Organization organization, LocalDate date) {
        return em.createQuery("""
                SELECT COUNT(m) FROM Member m JOIN m.organization o
                WHERE o.path LIKE :prefix
                AND (m.fullOn <= :date OR (m.probationaryOn BETWEEN :eraFrom AND :eraTo AND m.probationaryOn <= :date))
                AND (m.status NOT IN :closed OR m.statusSince > :date)
                AND (m.leftZoneOn IS NULL OR m.leftZoneOn > :date)""", Long.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("date", date)
                .setParameter("eraFrom", NO_PROBATION_FROM)
                .setParameter("eraTo", NO_PROBATION_TO)
                .setParameter("closed", List.of(MemberStatus.REMOVED, MemberStatus.DECEASED))
                .getSingleResult();
    }

    @Override
    public List<MemberTotal> branchesOver(String pathPrefix, long over) {
        return em.createQuery("""
                SELECT NEW org.partyregistry.organization.control.MemberTotal(o.id, o.name, o.type,
                       COUNT(m))
                FROM Organization o, Member m JOIN m.organization mo
                WHERE o.path LIKE :prefix AND o.status = :active AND o.type IN :types
                AND mo.path LIKE CONCAT(o.path, '%')
                AND m.stage IN :stages AND m.status IN :onRoster AND m.leftZoneOn IS NULL
                GROUP BY o.id, o.name, o.type
                HAVING COUNT(m) > :over""", MemberTotal.class)
                .setParameter("prefix", pathPrefix + "%")
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("types", List.of(OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH,
                        OrganizationType.GENERAL_BRANCH))
                .setParameter("stages", List.of(Stage.PROBATIONARY, Stage.FULL))
                .setParameter("onRoster", List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED))
                .setParameter("over", over)
                .getResultList();
    }
}
