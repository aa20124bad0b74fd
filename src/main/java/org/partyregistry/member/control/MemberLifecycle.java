package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.enterprise.control.CoveragePeriods;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ForbiddenException;
import org.partyregistry.platform.StaleVersionException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * A member's way through the stages and statuses (rules M3-M9): admission steps, probation, suspension and
 * restoration, removal, death, work unit and a corrected standing start. Each is one transaction on a member the
 * caller may change, optionally at the version the caller saw, and leaves an audit entry.
 */
@ApplicationScoped
public class MemberLifecycle {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CoveragePeriods coverage;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Members members;

    @Inject
    MemberService service;

    @Inject
    Event<MembersChanged> changed;

    @Transactional
    public MemberView advance(long id, Stage stage, LocalDate on, Long version) {
        return change(id, version, "ADVANCE", member -> {
            Stage old = member.getStage();
            member.advance(stage, on, clock.today());
            return Changes.of().change("stage", old, member.getStage()).set(Steps.field(stage), on)
                    .set("partyStandingStart", member.getPartyStandingStart());
        });
    }

    @Transactional
    public MemberView extendProbation(long id, Integer months, LocalDate on, Long version) {
        return change(id, version, "EXTEND_PROBATION", member -> {
            member.extendProbation(months, on, clock.today());
            return Changes.of().set("extensionMonths", months).set("extendedOn", on)
                    .set("probationEnds", member.probationEnds());
        });
    }

    @Transactional
    public MemberView cancelProbation(long id, LocalDate on, String reason, Long version) {
        return statusChange(id, version, "CANCEL_PROBATION", on, true,
                member -> member.cancelProbation(on, reason, clock.today()));
    }

    @Transactional
    public MemberView suspend(long id, LocalDate on, Long version) {
        return statusChange(id, version, "SUSPEND", on, false, member -> member.suspend(on, clock.today()));
    }

    @Transactional
    public MemberView restore(long id, LocalDate on, Long version) {
        return statusChange(id, version, "RESTORE", on, false, member -> member.restore(on, clock.today()));
    }

    @Transactional
    public MemberView remove(long id, LocalDate on, String reason, Long version) {
        return statusChange(id, version, "REMOVE", on, true, member -> member.remove(on, reason, clock.today()));
    }

    @Transactional
    public MemberView recordDeath(long id, LocalDate on, Long version) {
        return statusChange(id, version, "DECEASE", on, false, member -> member.recordDeath(on, clock.today()));
    }

    /** A change of status from {@code on}, audited with the old and new status (and the reason, when it has one). */
    private MemberView statusChange(long id, Long version, String action, LocalDate on, boolean withReason,
                                    Consumer<Member> intent) {
        return change(id, version, action, member -> {
            MemberStatus old = member.getStatus();
            intent.accept(member);
            Changes changes = Changes.of().change("status", old, member.getStatus()).set("statusSince", on);
            return withReason ? changes.set("reason", member.getStatusReason()) : changes;
        });
    }

    /** The member's work unit (an enterprise of the zone), or none, from {@code on} (today when null). */
    @Transactional
    public MemberView changeWorkUnit(long id, Long enterpriseId, LocalDate on, Long version) {
        Long[] left = new Long[1];
        MemberView view = change(id, version, "WORK_UNIT", member -> {
            LocalDate from = on == null ? clock.today() : on;
            left[0] = member.changeWorkUnit(service.enterprise(enterpriseId), from, clock.today());
            return Changes.of().change("enterpriseId", left[0], member.getEnterpriseId()).set("on", from);
        });
        // rule E11: a work unit given and changed on one day is removed, so the event's read misses its enterprise
        if (left[0] != null) {
            coverage.refresh(left[0]);
        }
        return view;
    }

    /** Rule M9: committee staff and administrators only. A null start reverts to the derived date. */
    @Transactional
    public MemberView correctStandingStart(long id, LocalDate start, String reason, Long version) {
        if (!currentUser.scope().seesEverything()) {
            throw new ForbiddenException();
        }
        return change(id, version, "CORRECT_STANDING", member -> {
            LocalDate old = member.getPartyStandingStart();
            member.correctStandingStart(start, reason, clock.today());
            return Changes.of().change("partyStandingStart", old, member.getPartyStandingStart())
                    .set("reason", member.getStandingStartReason());
        });
    }

    private MemberView change(long id, Long version, String action,
                              Function<Member, Changes> intent) {
        Scope scope = currentUser.scope();
        Member member = members.writable(id);
        if (version != null) {
            member.checkVersion(version);
        }
        Changes changes = intent.apply(member);
        flushOrConflict(member);
        changed.fire(MembersChanged.of(member.getId()));
        audit.record(scope.username(), member, action, changes);
        return service.view(member, scope);
    }


    private void flushOrConflict(Member member) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Member", member.getId());
        }
    }
}
