package org.partyregistry.award.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.award.entity.MedalNomination;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.member.control.Members;
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.ForbiddenException;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * The "光荣在党50年" medal rounds (rules AW1-AW9, AW12): candidates computed on every request, the branch's
 * decision, the committee's approval and award, certificates and the ceremony roster. Each use case is one
 * transaction, checked against the caller's role and data scope; each write is audited.
 */
@ApplicationScoped
public class MedalService {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Members members;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MedalCandidates possible;

    /**
     * Rules AW1-AW3: the year's candidates in the caller's scope, recomputed from the members, with the round's
     * decisions; then the nominations of the year whose member is no longer a candidate ({@code eligible} false).
     */
    @Transactional
    public List<MedalCandidate> round(int year) {
        checkYear(year);
        return computeRound(year);
    }

    private List<MedalCandidate> computeRound(int year) {
        Scope scope = currentUser.scope();
        Map<Long, MedalNomination> nominations = new LinkedHashMap<>();
        for (MedalNomination n : em.createQuery("""
                SELECT n FROM MedalNomination n JOIN FETCH n.member m JOIN FETCH m.organization o
                WHERE n.year = :year AND o.path LIKE :prefix""", MedalNomination.class)
                .setParameter("year", year).setParameter("prefix", scope.pathPrefix() + "%").getResultList()) {
            nominations.put(n.getMember().getId(), n);
        }
        List<MedalCandidate> rows = new ArrayList<>();
        for (Medal50.Standing standing : possible.standings(year, scope.pathPrefix())) {
            int years = standing.years(year);
            if (years >= Medal50.YEARS) {
                rows.add(row(standing, years, nominations.remove(standing.memberId())));
            }
        }
        rows.sort(Comparator.comparing(MedalCandidate::partyStandingStart).thenComparing(MedalCandidate::name));
        for (MedalNomination n : nominations.values()) {
            Member member = n.getMember();
            Medal50.Ineligible why = Medal50.check(member, year, awardedElsewhere(member, year));
            rows.add(row(member, year, n, why == null ? Medal50.Ineligible.STANDING_TOO_SHORT : why));
        }
        return rows;
    }

    /**
     * The REST contract's candidate list: the members who are candidates now (rule AW1), for any year from the
     * first round to ten years ahead (rule AW13: committees plan ceremony lists years in advance).
     */
    @Transactional
    public List<MedalCandidate> candidates(int year) {
        Medal50.requirePlanningYear(year, clock.today());
        return computeRound(year).stream().filter(MedalCandidate::eligible).toList();
    }

    /** Rule AW4: the branch confirms the candidate's conduct. */
    @Transactional
    public MedalCandidate confirm(int year, long memberId) {
        Scope scope = currentUser.scope();
        Member member = candidate(scope, year, memberId);
        MedalNomination n = nomination(year, member, scope);
        NominationState before = n.getState();
        n.confirm(scope.username(), clock.today());
        n.recordStanding(member);
        audit.record(scope.username(), n, "CONFIRM", Changes.of().set("year", year).set("memberId", memberId)
                .change("state", before, n.getState()).set("standingYears", n.getStandingYears()));
        return row(member, year, n, null);
    }

    /** Rule AW4: the branch excludes the candidate with a reason. */
    @Transactional
    public MedalCandidate exclude(int year, long memberId, String reason) {
        Scope scope = currentUser.scope();
        Member member = candidate(scope, year, memberId);
        MedalNomination n = nomination(year, member, scope);
        NominationState before = n.getState();
        n.exclude(reason, scope.username(), clock.today());
        n.recordStanding(member);
        audit.record(scope.username(), n, "EXCLUDE", Changes.of().set("year", year).set("memberId", memberId)
                .change("state", before, n.getState()).set("reason", n.getReason()));
        return row(member, year, n, null);
    }

    /** Rule AW5: the committee approves a confirmed candidate, who must still be one (rule AW3). */
    @Transactional
    public MedalCandidate approve(int year, long memberId) {
        Scope scope = committee();
        Member member = candidate(scope, year, memberId);
        MedalNomination n = find(year, member);
        if (n == null) {
            throw new BusinessException("medal.approveNotConfirmed", NominationState.PENDING);
        }
        n.approve(scope.username(), clock.today());
        audit.record(scope.username(), n, "APPROVE", Changes.of().set("year", year).set("memberId", memberId)
                .change("state", NominationState.CONFIRMED, n.getState()));
        return row(member, year, n, null);
    }

    /**
     * Rules AW6, AW7: the medal awarded on the ceremony date, after approval, or directly by staff with a note. A
     * member who is not a candidate is refused (400), one who holds the medal already too (409): nothing written.
     */
    @Transactional
    public AwardView award(int year, Long memberId, LocalDate awardedOn, String note) {
        Scope scope = committee();
        if (memberId == null) {
            throw BusinessException.onField("memberId", "medal.memberRequired");
        }
        Member member = candidate(scope, year, memberId);
        MedalNomination n = find(year, member);
        boolean created = n == null;
        if (created) {
            MedalNomination.checkCeremony(year, awardedOn, clock.today());
            n = new MedalNomination(year, member, scope.username(), clock.today());
        }
        NominationState before = created ? NominationState.PENDING : n.getState();
        n.award(awardedOn, note, scope.username(), clock.today());
        if (created) {
            em.persist(n);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the same member awarded at the same moment by another request (uq_medal_awarded, uq_medal_nomination)
            throw new ConflictException("memberId", "medal.awardedMeanwhile", member.getName());
        }
        audit.record(scope.username(), n, "AWARD", Changes.of().set("year", year).set("memberId", memberId)
                .change("state", before, n.getState()).set("awardedOn", awardedOn).set("note", n.getNote()));
        return AwardView.of(n);
    }

    /** A member's medal (of any year) if they hold it: for the member's page. */
    @Transactional
    public AwardView medalOf(long memberId) {
        Member member = members.readable(memberId);
        return em.createQuery("""
                SELECT n FROM MedalNomination n WHERE n.member = :member AND n.state = :awarded""",
                        MedalNomination.class)
                .setParameter("member", member).setParameter("awarded", NominationState.AWARDED)
                .getResultStream().findFirst().map(AwardView::of).orElse(null);
    }

    /** Rule AW8: what the certificate of an awardee of the year says; 404 for anyone else. */
    @Transactional
    public CertificateData certificate(int year, long memberId) {
        checkYear(year);
        Scope scope = currentUser.scope();
        List<MedalNomination> found = em.createQuery("""
                SELECT n FROM MedalNomination n JOIN FETCH n.member m JOIN FETCH m.organization
                WHERE n.year = :year AND m.id = :member AND n.state = :awarded""", MedalNomination.class)
                .setParameter("year", year).setParameter("member", memberId)
                .setParameter("awarded", NominationState.AWARDED).getResultList();
        if (found.isEmpty() || !scope.canRead(found.get(0).getMember().getOrganization().getPath())) {
            throw new NotFoundException("Certificate", year + "/" + memberId);
        }
        MedalNomination n = found.get(0);
        Member m = n.getMember();
        return new CertificateData(year, m.getName(), m.getSex(), n.getStandingStart(), n.getStandingYears(),
                m.getOrganization().getName(), awardingBody(m.getOrganization()), n.getAwardedOn());
    }

    /** Rule AW9: the year's awardees in the caller's scope, by organization and name. */
    @Transactional
    public MedalRoster roster(int year) {
        checkYear(year);
        Scope scope = currentUser.scope();
        List<MedalNomination> awarded = em.createQuery("""
                SELECT n FROM MedalNomination n JOIN FETCH n.member m JOIN FETCH m.organization o
                WHERE n.year = :year AND n.state = :awarded AND o.path LIKE :prefix
                ORDER BY o.path, m.name""", MedalNomination.class)
                .setParameter("year", year).setParameter("awarded", NominationState.AWARDED)
                .setParameter("prefix", scope.pathPrefix() + "%").getResultList();
        String body = awarded.isEmpty() ? scopeBody(scope) : awardingBody(awarded.get(0).getMember().getOrganization());
        List<MedalRoster.Line> lines = awarded.stream().map(n -> new MedalRoster.Line(n.getMember().getName(),
                n.getMember().getSex().name(), n.getMember().getBirthDate().getYear(),
                n.getMember().getOrganization().getName(), n.getStandingStart(), n.getStandingYears(),
                n.getAwardedOn())).toList();
        return new MedalRoster(year, body, clock.today(), lines);
    }

    /** The working committee at the root of the organization's path: the body that awards. */
    String awardingBody(Organization organization) {
        String path = organization.getPath();
        String rootId = path.substring(1, path.indexOf('/', 1));
        Organization root = em.find(Organization.class, Long.valueOf(rootId));
        return root == null ? organization.getName() : root.getName();
    }

    private String scopeBody(Scope scope) {
        if (scope.organizationId() != null) {
            Organization own = em.find(Organization.class, scope.organizationId());
            if (own != null) {
                return awardingBody(own);
            }
        }
        return em.createQuery("SELECT o.name FROM Organization o WHERE o.parent IS NULL ORDER BY o.id", String.class)
                .setMaxResults(1).getResultStream().findFirst().orElse("");
    }

    /** The member, in the caller's scope, who must be a candidate of the year (rules AW1, AW3, AW7). */
    private Member candidate(Scope scope, int year, long memberId) {
        checkYear(year);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("Member", memberId);
        }
        scope.requireWrite(member.getOrganization().getPath());
        MedalNomination own = find(year, member);
        if (own != null && own.getState() == NominationState.AWARDED) {
            throw new ConflictException("memberId", "medal.alreadyAwarded", member.getName(), own.getAwardedOn());
        }
        Medal50.Ineligible why = Medal50.check(member, year, awardedElsewhere(member, year));
        if (why == Medal50.Ineligible.ALREADY_AWARDED) {
            throw new ConflictException("memberId", "medal.alreadyHolds", member.getName());
        }
        if (why != null) {
            throw BusinessException.onField("memberId", "medal.notCandidate", member.getName(), year, why);
        }
        return member;
    }

    private boolean awardedElsewhere(Member member, int year) {
        return !em.createQuery("""
                SELECT n.id FROM MedalNomination n WHERE n.member = :member AND n.state = :awarded
                AND n.year <> :year""", Long.class)
                .setParameter("member", member).setParameter("awarded", NominationState.AWARDED)
                .setParameter("year", year).setMaxResults(1).getResultList().isEmpty();
    }

    private MedalNomination find(int year, Member member) {
        return em.createQuery("SELECT n FROM MedalNomination n WHERE n.year = :year AND n.member = :member",
                        MedalNomination.class)
                .setParameter("year", year).setParameter("member", member).getResultStream().findFirst()
                .orElse(null);
    }

    private MedalNomination nomination(int year, Member member, Scope scope) {
        MedalNomination n = find(year, member);
        if (n == null) {
            n = new MedalNomination(year, member, scope.username(), clock.today());
            em.persist(n);
        }
        return n;
    }

    private Scope committee() {
        Scope scope = currentUser.scope();
        if (!scope.seesEverything()) {
            throw new ForbiddenException();
        }
        return scope;
    }

    /** Rule AW13: rounds are decided from the first (2021) to next year's, prepared in advance. */
    private void checkYear(int year) {
        Medal50.requireRoundYear(year, clock.today());
    }

    private static MedalCandidate row(Medal50.Standing s, int years, MedalNomination n) {
        return new MedalCandidate(s.memberId(), s.name(), s.partyStandingStart(), years, s.organizationId(),
                s.organizationName(), n == null ? NominationState.PENDING : n.getState(),
                n == null ? null : n.getReason(),
                n == null ? null : n.getDecidedOn(), n == null ? null : n.getApprovedOn(),
                n == null ? null : n.getAwardedOn(), n == null ? null : n.getNote(), true, null);
    }

    private static MedalCandidate row(Member member, int year, MedalNomination n, Medal50.Ineligible why) {
        Integer years = Medal50.standingYears(member, year);
        return new MedalCandidate(member.getId(), member.getName(), member.getPartyStandingStart(),
                years == null ? 0 : years, member.getOrganization().getId(), member.getOrganization().getName(),
                n == null ? NominationState.PENDING : n.getState(), n == null ? null : n.getReason(),
                n == null ? null : n.getDecidedOn(), n == null ? null : n.getApprovedOn(),
                n == null ? null : n.getAwardedOn(), n == null ? null : n.getNote(), why == null, why);
    }
}
