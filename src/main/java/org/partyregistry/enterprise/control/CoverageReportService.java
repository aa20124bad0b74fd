package org.partyregistry.enterprise.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;

/** Builds the coverage report from one aggregate query (rule E9). Any signed-in role may read it (rule E7). */
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
        Map<Long, CoverageCounts> byPark = new LinkedHashMap<>();
        for (CoverageQuery.ParkCount row : query.countsByPark(date, chosen)) {
            CoverageCounts park = byPark.computeIfAbsent(row.parkId(),
                    id -> CoverageCounts.of(id, row.park(), 0, 0, 0, 0));
            if (row.coverage() != null) {
                byPark.put(row.parkId(), park.plus(row.coverage(), row.enterprises()));
            }
        }
        List<CoverageCounts> parks = new ArrayList<>(byPark.values());
        CoverageCounts total = CoverageCounts.of(null, null, 0, 0, 0, 0);
        for (CoverageCounts park : parks) {
            total = total.plus(park);
        }
        return new CoverageReport(date, chosen, parks, total, query.shouldFormOwn(date));
    }
}
