package org.partyregistry.enterprise.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.partyregistry.enterprise.entity.Coverage;

/**
 * One line of the coverage report: a park's (or the zone's, with no park) counts and rates (rule E6). Rates are in
 * [0,1], half up to 4 decimals, and 0 when there is no enterprise in the base.
 */
public record CoverageCounts(Long parkId, String park, long enterprises, long own, long joint, long workCoverage,
                             long none, BigDecimal organizationCoverageRate, BigDecimal ownOrganizationRate,
                             BigDecimal workCoverageRate) implements Serializable {

    public static CoverageCounts of(Long parkId, String park, long own, long joint, long workCoverage, long none) {
        long base = own + joint + workCoverage + none;
        return new CoverageCounts(parkId, park, base, own, joint, workCoverage, none, rate(own + joint, base),
                rate(own, base), rate(own + joint + workCoverage, base));
    }

    public static BigDecimal rate(long part, long base) {
        if (base == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP);
    }

    /** These counts with {@code count} more enterprises in the given state; the park stays. */
    public CoverageCounts plus(Coverage state, long count) {
        return of(parkId, park, own + (state == Coverage.OWN_ORGANIZATION ? count : 0),
                joint + (state == Coverage.JOINT_ORGANIZATION ? count : 0),
                workCoverage + (state == Coverage.WORK_COVERAGE ? count : 0), none + (state == Coverage.NONE ? count : 0));
    }

    public CoverageCounts plus(CoverageCounts other) {
        return of(null, null, own + other.own, joint + other.joint, workCoverage + other.workCoverage,
                none + other.none);
    }
}
