package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.enterprise.control.CoveragePeriods;
import org.partyregistry.platform.Batches;

/**
 * Rule E11: a member's work units and full membership count towards the ELIGIBLE base of the enterprises they
 * worked at (rule E6), so the coverage periods of every enterprise a changed member ever worked at follow the change,
 * in its transaction.
 */
@ApplicationScoped
public class CoverageFollowsMembers {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CoveragePeriods coverage;

    /** Members registered, imported or changed (a step, status, transfer or work unit). */
    void onMembersChanged(@Observes MembersChanged changed) {
        List<Long> members = changed.memberIds();
        List<Long> enterprises = new ArrayList<>();
        for (String in : Batches.inLists(members)) {
            em.createNativeQuery("SELECT DISTINCT enterprise_id FROM member_work_unit WHERE member_id" + in)
                    .getResultStream().forEach(id -> enterprises.add(((Number) id).longValue()));
        }
        coverage.refresh(enterprises);
    }
}
