package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.organization.control.MemberCounts;
import org.partyregistry.organization.control.MemberTotal;
import org.partyregistry.organization.control.PathCount;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.Batches;

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

    /**
     * One grouped scan of the members in scope (their organization's path and how many sit there), summed up the
     * tree in Java ({@link PathCount#perOrganization}); then the organizations over the size, read by id. Matching
     * each member against each organization by path prefix grew with members times organizations.
     */
    @Override
    public List<MemberTotal> branchesOver(String pathPrefix, long over) {
        List<PathCount> placed = em.createQuery("""
                SELECT NEW org.partyregistry.organization.control.PathCount(mo.path, COUNT(m))
                FROM Member m JOIN m.organization mo
                WHERE mo.path LIKE :prefix
                AND m.stage IN :stages AND m.status IN :onRoster AND m.leftZoneOn IS NULL
                GROUP BY mo.path""", PathCount.class)
                .setParameter("prefix", pathPrefix + "%")
                .setParameter("stages", List.of(Stage.PROBATIONARY, Stage.FULL))
                .setParameter("onRoster", List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED))
                .getResultList();
        Map<Long, Long> totals = PathCount.perOrganization(placed);
        List<Long> large = totals.entrySet().stream().filter(e -> e.getValue() > over).map(Map.Entry::getKey)
                .sorted().toList();
        List<MemberTotal> found = new ArrayList<>();
        for (List<Long> ids : Batches.of(large)) {
            em.createQuery("""
                    SELECT o FROM Organization o
                    WHERE o.id IN :ids AND o.path LIKE :prefix AND o.status = :active AND o.type IN :types""",
                            Organization.class)
                    .setParameter("ids", ids)
                    .setParameter("prefix", pathPrefix + "%")
                    .setParameter("active", OrganizationStatus.ACTIVE)
                    .setParameter("types", List.of(OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH,
                            OrganizationType.GENERAL_BRANCH))
                    .getResultStream()
                    .forEach(o -> found.add(new MemberTotal(o.getId(), o.getName(), o.getType(),
                            totals.get(o.getId()))));
        }
        return found;
    }
}
