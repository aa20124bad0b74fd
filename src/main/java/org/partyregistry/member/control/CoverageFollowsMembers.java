package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.partyregistry.enterprise.control.CoveragePeriods;

/**
 * Rule E11: a member's work units and full membership count towards the ELIGIBLE base of the enterprises they
 * worked at (rule E6), so the coverage periods of every enterprise a changed member ever worked at follow the change,
 * in its transaction.
 */
@ApplicationScoped
public class CoverageFollowsMembers {

    /** Members read per statement. */
    static final int CHUNK = 1000;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CoveragePeriods coverage;

    /** Members registered, imported or changed (a step, status, transfer or work unit). */
    void onMembersChanged(@Observes MembersChanged changed) {
        List<Long> members = changed.memberIds();
        List<Long> enterprises = new ArrayList<>();
        for (int from = 0; from < members.size(); from += CHUNK) {
            String ids = members.subList(from, Math.min(members.size(), from + CHUNK)).stream()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            em.createNativeQuery("SELECT DISTINCT enterprise_id FROM member_work_unit WHERE member_id IN (" + ids
                    + ")").getResultStream().forEach(id -> enterprises.add(((Number) id).longValue()));
        }
        coverage.refresh(enterprises);
    }
}
