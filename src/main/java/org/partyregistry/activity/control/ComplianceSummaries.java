package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.SummaryCheck;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Rules ACT20, ACT21: the administrators' checks of the summaries the compliance reports read (the tally and the kept
 * figures) against the activities, and their rebuilds, audited.
 */
@ApplicationScoped
public class ComplianceSummaries {

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    ActivityTally tally;

    @Inject
    ComplianceKept kept;

    @Inject
    AuditTrail audit;

    @Inject
    KeptRefresh refresh;

    /** Rule ACT20: the tally of activities per organization, type and period against a rebuild (administrators). */
    @Transactional
    public SummaryCheck tallyCheck() {
        currentUser.scope().requireAdmin();
        return tally.check();
    }

    /** Rule ACT20: the tally rebuilt from the activities (administrators), audited with what it found before. */
    @Transactional
    public SummaryCheck rebuildTally() {
        Scope scope = currentUser.scope();
        scope.requireAdmin();
        return audit.rebuilt(scope.username(), "ActivityTally", tally::check, tally::rebuild);
    }

    /** Rule ACT21: the kept figures against the rules computed from the activities (administrators). */
    @Transactional
    public SummaryCheck keptCheck() {
        currentUser.scope().requireAdmin();
        return kept.check(clock.today());
    }

    /**
     * Rule ACT21: the kept figures cleared (administrators), audited with what they held before; the next report of
     * each period computes them again.
     */
    @Transactional
    public SummaryCheck rebuildKept() {
        Scope scope = currentUser.scope();
        scope.requireAdmin();
        return audit.rebuilt(scope.username(), "ComplianceKept", () -> kept.check(clock.today()), kept::clear);
    }

    /**
     * Rule ACT21: the kept figures of the periods the reports open with brought up to date now (administrators), as
     * the scheduled refresh does every five minutes; audited with what it computed.
     */
    @Transactional
    public KeptRefresh.Refreshed refreshKept() {
        Scope scope = currentUser.scope();
        scope.requireAdmin();
        KeptRefresh.Refreshed refreshed = refresh.now();
        audit.record(scope.username(), "ComplianceKept", null, "REFRESH", org.partyregistry.audit.Changes.of()
                .set("periods", refreshed.periods()).set("computed", refreshed.computed()));
        return refreshed;
    }
}
