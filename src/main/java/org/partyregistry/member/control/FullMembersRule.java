package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.partyregistry.enterprise.control.CoverageQuery;

/**
 * Who counts towards an enterprise's "3 or more full members" (coverage rule E6) on a date: members whose work
 * unit it was on that date (rule E8), who are full members on the date — full membership on or before it, or
 * admitted between 1969-04-01 and 1977-08-11 (no probation then) — not removed or deceased by then, and not
 * transferred out of the zone.
 */
@ApplicationScoped
public class FullMembersRule implements CoverageQuery.EligibilityRule {

    @Override
    public String fullMembers(String enterpriseId) {
        return """
                (SELECT COUNT(*) FROM member_work_unit w JOIN member m ON m.id = w.member_id
                  WHERE w.enterprise_id = %s AND w.from_on <= ?1 AND (w.to_on IS NULL OR w.to_on > ?1)
                    AND (m.full_on <= ?1 OR (m.probationary_on BETWEEN DATE '1969-04-01' AND DATE '1977-08-11'
                         AND m.probationary_on <= ?1))
                    AND (m.status NOT IN ('REMOVED', 'DECEASED') OR m.status_since > ?1)
                    AND (m.left_zone_on IS NULL OR m.left_zone_on > ?1))""".formatted(enterpriseId);
    }
}
