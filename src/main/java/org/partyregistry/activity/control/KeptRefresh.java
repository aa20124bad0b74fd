package org.partyregistry.activity.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ClusterJobs;
import org.partyregistry.platform.DateRange;

/**
 * Rule ACT21: every five minutes, once per cluster, the kept compliance figures of the periods the reports open with
 * are brought up to date for the whole register. Without it the first report after a month begins (the current
 * year's rows count to the last closed month), after a requirement changed (every organization marked) or after many
 * writes computes the whole register while its reader waits: 1-8 s at city size (docs/performance.md).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeptRefresh {

    private static final Logger LOG = Logger.getLogger(KeptRefresh.class.getName());

    static final String JOB = "compliance-kept-refresh";
    static final Duration EVERY = Duration.ofMinutes(5);

    @Inject
    ClusterJobs jobs;

    @Inject
    ComplianceKept kept;

    @Inject
    ChinaClock clock;

    /** What one refresh did: the periods brought up to date, and how many organizations' rows were computed. */
    public record Refreshed(int periods, int computed) {
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void scheduled() {
        if (!jobs.claim(JOB, EVERY)) {
            return;
        }
        long started = System.nanoTime();
        try {
            Refreshed refreshed = now();
            if (refreshed.computed() > 0) {
                LOG.info(() -> "Kept compliance figures: " + refreshed.computed() + " organizations computed in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (RuntimeException e) {
            // the next run tries again; a report meanwhile computes what it needs itself
            LOG.warning(() -> "Could not refresh the kept compliance figures: " + e);
        }
    }

    /** The periods the reports open with, each brought up to date in its own transaction. */
    public Refreshed now() {
        LocalDate today = clock.today();
        int computed = 0;
        int periods = 0;
        for (DateRange period : ComplianceKept.opened(today)) {
            computed += kept.refresh(period, today);
            periods++;
        }
        return new Refreshed(periods, computed);
    }
}
