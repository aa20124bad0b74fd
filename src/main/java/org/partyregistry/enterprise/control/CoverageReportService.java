package org.partyregistry.enterprise.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.SummaryCheck;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Builds the coverage report from one aggregate query over the coverage periods (rules E9, E11). Any signed-in role
 * may read it (rule E7); administrators check and rebuild the periods.
 */
@ApplicationScoped
public class CoverageReportService {

    @Inject
    CoverageQuery query;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    CoveragePeriods periods;

    @Inject
    AuditTrail audit;

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

    /** Rule E11: the coverage periods against the facts (administrators). */
    @Transactional
    public SummaryCheck periodsCheck() {
        currentUser.scope().requireAdmin();
        return periods.check();
    }

    /** Rule E11: the coverage periods rebuilt from the facts (administrators), audited with what it found before. */
    @Transactional
    public SummaryCheck rebuildPeriods() {
        Scope scope = currentUser.scope();
        scope.requireAdmin();
        return audit.rebuilt(scope.username(), "CoveragePeriods", periods::check, periods::rebuild);
    }
}
