package org.partyregistry.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.enterprise.control.CoverageBase;
import org.partyregistry.enterprise.control.CoverageQuery;
import org.partyregistry.enterprise.entity.Coverage;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;

/** Builds the coverage report from one aggregate query (rule R1). Any signed-in role may read it (rule E7). */
@ApplicationScoped
public class CoverageReportService {

    @Inject
    CoverageQuery query;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Transactional
    public CoverageReport report(LocalDate asOf, CoverageBase base) {
        currentUser.scope();
        LocalDate date = asOf == null ? clock.today() : asOf;
        CoverageBase chosen = base == null ? CoverageBase.ALL : base;
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : query.countsByPark(date, chosen)) {
            long parkId = ((Number) row[0]).longValue();
            names.put(parkId, (String) row[1]);
            long[] byState = counts.computeIfAbsent(parkId, id -> new long[Coverage.values().length]);
            if (row[2] != null) {
                byState[Coverage.valueOf(String.valueOf(row[2]).trim()).ordinal()] += ((Number) row[3]).longValue();
            }
        }
        List<CoverageCounts> parks = new ArrayList<>();
        CoverageCounts total = CoverageCounts.of(null, null, 0, 0, 0, 0);
        for (var entry : counts.entrySet()) {
            long[] c = entry.getValue();
            CoverageCounts park = CoverageCounts.of(entry.getKey(), names.get(entry.getKey()),
                    c[Coverage.OWN_ORGANIZATION.ordinal()], c[Coverage.JOINT_ORGANIZATION.ordinal()],
                    c[Coverage.WORK_COVERAGE.ordinal()], c[Coverage.NONE.ordinal()]);
            parks.add(park);
            total = total.plus(park);
        }
        return new CoverageReport(date, chosen, parks, total, query.shouldFormOwn(date));
    }
}
