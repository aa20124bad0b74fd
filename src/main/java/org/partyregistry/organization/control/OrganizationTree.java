package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.organization.entity.OrganizationStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.TermStatus;
import org.partyregistry.platform.Batches;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.IdCount;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * The organization tree read a level at a time, within the caller's scope: its top (the whole zone's roots for staff,
 * a secretary's own organization) and the children of organizations the viewer opens. A page holds only what it shows,
 * so a city's 50,000 organizations are never read nor kept in a session at once.
 */
@ApplicationScoped
public class OrganizationTree {

    /** Siblings by type (the tree's levels), then name. */
    static final Comparator<TreeEntry> ORDER = Comparator.comparing((TreeEntry e) -> e.node().type())
            .thenComparing(e -> e.node().name());

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    /** How many organizations the caller sees (active ones only unless {@code includeInactive}). */
    @Transactional
    public long count(boolean includeInactive) {
        return em.createQuery("""
                SELECT COUNT(o) FROM Organization o
                WHERE o.path LIKE :prefix AND (:all = TRUE OR o.status = :active)""", Long.class)
                .setParameter("prefix", currentUser.scope().pathPrefix() + "%")
                .setParameter("all", includeInactive)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .getSingleResult();
    }

    /** The top of the caller's tree: the organizations without a parent for staff, a secretary's own one. */
    @Transactional
    public List<TreeEntry> top(boolean includeInactive) {
        Scope scope = currentUser.scope();
        String where = scope.seesEverything() ? "p.id IS NULL" : "o.path = :own";
        var query = em.createQuery("""
                SELECT NEW org.partyregistry.organization.control.TreeRow(o.id, o.name, o.type, p.id, o.status,
                o.establishedOn) FROM Organization o LEFT JOIN o.parent p
                WHERE\s""" + where + " AND (:all = TRUE OR o.status = :active)", TreeRow.class)
                .setParameter("all", includeInactive)
                .setParameter("active", OrganizationStatus.ACTIVE);
        if (!scope.seesEverything()) {
            query.setParameter("own", scope.organizationPath());
        }
        return entries(query.getResultList(), includeInactive);
    }

    /**
     * The children of these organizations, by parent id, each list in tree order; organizations outside the
     * caller's scope have none.
     */
    @Transactional
    public Map<Long, List<TreeEntry>> children(Collection<Long> parentIds, boolean includeInactive) {
        List<Long> ids = List.copyOf(parentIds);
        List<TreeRow> rows = new ArrayList<>();
        for (List<Long> batch : Batches.of(ids)) {
            rows.addAll(em.createQuery("""
                    SELECT NEW org.partyregistry.organization.control.TreeRow(o.id, o.name, o.type, p.id, o.status,
                    o.establishedOn) FROM Organization o JOIN o.parent p
                    WHERE p.id IN :ids AND o.path LIKE :prefix AND (:all = TRUE OR o.status = :active)""",
                            TreeRow.class)
                    .setParameter("ids", batch)
                    .setParameter("prefix", currentUser.scope().pathPrefix() + "%")
                    .setParameter("all", includeInactive)
                    .setParameter("active", OrganizationStatus.ACTIVE)
                    .getResultList());
        }
        Map<Long, List<TreeEntry>> byParent = new LinkedHashMap<>();
        for (TreeEntry entry : entries(rows, includeInactive)) {
            byParent.computeIfAbsent(entry.node().parentId(), id -> new ArrayList<>()).add(entry);
        }
        return byParent;
    }

    /** How many active organizations in scope elect a committee and have no open term (the terms-due page). */
    @Transactional
    public long countWithoutTerm() {
        return withoutTerm("SELECT COUNT(o)", "", Long.class).getSingleResult();
    }

    /** A page of the active organizations in scope that elect a committee and have no open term, by type, name. */
    @Transactional
    public List<TreeRow> withoutTerm(int first, int max) {
        return withoutTerm("""
                SELECT NEW org.partyregistry.organization.control.TreeRow(o.id, o.name, o.type, p.id,
                o.status, o.establishedOn)""", " ORDER BY o.type, o.name, o.id", TreeRow.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private <T> TypedQuery<T> withoutTerm(String select, String order, Class<T> type) {
        return em.createQuery(select + """
                 FROM Organization o LEFT JOIN o.parent p
                WHERE o.path LIKE :prefix AND o.status = :active AND o.type IN :electing
                AND NOT EXISTS (SELECT t FROM Term t WHERE t.organization = o AND t.endedOn IS NULL)""" + order, type)
                .setParameter("prefix", currentUser.scope().pathPrefix() + "%")
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setParameter("electing", Arrays.stream(OrganizationType.values()).filter(OrganizationType::hasTerms)
                        .toList());
    }

    /** The rows with their open terms' state as of today and their children counted, in tree order. */
    private List<TreeEntry> entries(List<TreeRow> rows, boolean includeInactive) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(TreeRow::id).toList();
        Map<Long, LocalDate> expiries = new HashMap<>();
        Map<Long, Long> children = new HashMap<>();
        for (List<Long> chunk : Batches.of(ids)) {
            em.createQuery("""
                    SELECT NEW org.partyregistry.organization.control.OpenTermExpiry(t.organization.id, t.expiresOn)
                    FROM Term t WHERE t.endedOn IS NULL AND t.organization.id IN :ids""", OpenTermExpiry.class)
                    .setParameter("ids", chunk).getResultStream()
                    .forEach(term -> expiries.put(term.organizationId(), term.expiresOn()));
            em.createQuery("""
                    SELECT NEW org.partyregistry.platform.IdCount(c.parent.id, COUNT(c))
                    FROM Organization c WHERE c.parent.id IN :ids AND (:all = TRUE OR c.status = :active)
                    GROUP BY c.parent.id""", IdCount.class)
                    .setParameter("ids", chunk)
                    .setParameter("all", includeInactive)
                    .setParameter("active", OrganizationStatus.ACTIVE)
                    .getResultStream()
                    .forEach(count -> children.put(count.id(), count.count()));
        }
        LocalDate today = clock.today();
        return rows.stream().map(row -> {
            LocalDate expires = expiries.get(row.id());
            TermStatus termStatus = expires == null || row.status() != OrganizationStatus.ACTIVE ? null
                    : TermStatus.of(expires, today);
            return new TreeEntry(new OrganizationNode(row.id(), row.name(), row.type(), row.parentId(),
                    row.status(), row.establishedOn(), expires, termStatus), children.getOrDefault(row.id(), 0L));
        }).sorted(ORDER).toList();
    }
}
