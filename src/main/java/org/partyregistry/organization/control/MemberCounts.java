package org.partyregistry.organization.control;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.organization.entity.Organization;

/**
 * The member counts the organization rules need (O12, O15), answered by the member feature so that organizations
 * need not know how members are stored.
 */
public interface MemberCounts {

    /**
     * Rule O12: the full members of the organization and those below it on {@code date}: full membership on or
     * before it (or admitted in the era without probation), not removed or deceased by then, not transferred out of
     * the zone by then.
     */
    long fullMembersOn(Organization organization, LocalDate date);

    /**
     * Rule O15: active branches, joint branches and general branches under {@code pathPrefix} whose party members
     * (probationary and full, active or suspended, on the roster) number more than {@code over}; one query.
     */
    List<MemberTotal> branchesOver(String pathPrefix, long over);
}
