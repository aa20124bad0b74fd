package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partyregistry.member.control.MembersChanged;
import org.partyregistry.organization.control.OrganizationsChanged;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationPath;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.Batches;

/**
 * Rule ACT21: the marks a write leaves, in its own transaction, on the organizations whose kept compliance figures it
 * may have changed ({@link ComplianceKept} recomputes them before it reads them): an activity marks its organization
 * (and a party group's branch, whose group meetings it sums); a change of an organization marks what the organization
 * feature announces; a change of members marks their organizations and every organization above them (a committee
 * counts the full members of its whole subtree, rule ACT18), and those they left; a changed requirement marks all.
 * Marks are only ever added here: a write never waits for a report, nor for another write's mark.
 */
@ApplicationScoped
public class ComplianceMarks {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /**
     * The activity's organization and, for a party group, its branch, with the day it was held: only their kept
     * figures of the periods that count that day are out of date. No mark for a day of the month in progress: kept
     * figures count only closed months, and those counting this month will be computed after it closes. Except on the
     * month's last day, when a transaction may still commit after the month has closed and such figures been
     * computed without it.
     */
    public void activityRecorded(Organization organization, LocalDate heldOn, LocalDate today) {
        if (!markNeeded(heldOn, today)) {
            return;
        }
        List<Long> ids = new ArrayList<>(2);
        ids.add(organization.getId());
        if (organization.getType() == OrganizationType.GROUP && organization.getParent() != null) {
            ids.add(organization.getParent().getId());
        }
        mark(ids, heldOn);
    }

    /** Whether an activity held on {@code heldOn}, recorded on {@code today}, can change kept figures. */
    static boolean markNeeded(LocalDate heldOn, LocalDate today) {
        boolean thisMonth = heldOn.getYear() == today.getYear() && heldOn.getMonth() == today.getMonth();
        return !thisMonth || today.getDayOfMonth() == today.lengthOfMonth();
    }

    /** Every organization: a required frequency changed (rule ACT7). */
    public void requirementChanged() {
        em.createNativeQuery("INSERT INTO compliance_mark (organization_id) VALUES (NULL)").executeUpdate();
    }

    void onOrganizationsChanged(@Observes OrganizationsChanged changed) {
        mark(changed.organizationIds());
    }

    void onMembersChanged(@Observes MembersChanged changed) {
        Set<Long> ids = new TreeSet<>();
        List<Long> members = changed.memberIds();
        for (List<Long> batch : Batches.of(members)) {
            em.createQuery("SELECT DISTINCT m.organization.path FROM Member m WHERE m.id IN :ids", String.class)
                    .setParameter("ids", batch)
                    .getResultStream().forEach(path -> ids.addAll(OrganizationPath.ids(path)));
        }
        if (!changed.organizationsLeft().isEmpty()) {
            em.createQuery("SELECT o.path FROM Organization o WHERE o.id IN :ids", String.class)
                    .setParameter("ids", changed.organizationsLeft())
                    .getResultStream().forEach(path -> ids.addAll(OrganizationPath.ids(path)));
        }
        mark(ids);
    }

    /** A mark on each of these organizations, for every period. */
    void mark(Collection<Long> organizationIds) {
        mark(organizationIds, null);
    }

    /** A mark on each of these organizations, for the periods counting {@code day} (null: every period). */
    private void mark(Collection<Long> organizationIds, LocalDate day) {
        String held = day == null ? "NULL" : "DATE '" + day + "'";
        for (List<Long> batch : Batches.of(new ArrayList<>(new TreeSet<>(organizationIds)))) {
            em.createNativeQuery("INSERT INTO compliance_mark (organization_id, held_on) VALUES "
                    + batch.stream().map(id -> "(" + id + ", " + held + ")").collect(Collectors.joining(", ")))
                    .executeUpdate();
        }
    }
}
