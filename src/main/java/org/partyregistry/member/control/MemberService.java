package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.ForbiddenException;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.platform.PersonalDataCipher;
import org.partyregistry.platform.StaleVersionException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * The member record's use cases (rules M1-M13, M15, M16), each one transaction, each checked against the caller's
 * scope, each write audited without personal data in the audit entry.
 */
@ApplicationScoped
public class MemberService {

    public static final int MAX_PAGE_SIZE = 500;
    static final int LOST_CONTACT_MONTHS = 6;

    /** Registration with history; {@code birthDate} and {@code sex} are optional checks against the ID number. */
    public record NewMember(String name, String idNumber, Long organizationId, Long enterpriseId, LocalDate birthDate,
                            Sex sex, String ethnicity, String education, String phone, LocalDate appliedOn,
                            LocalDate activistOn, LocalDate developmentTargetOn, LocalDate probationaryOn,
                            LocalDate fullOn, LocalDate partyStandingStart, String standingStartReason,
                            List<MemberView.Period> suspensions, MemberStatus status, LocalDate statusSince) {

        Steps steps() {
            return new Steps(appliedOn, activistOn, developmentTargetOn, probationaryOn, fullOn);
        }
    }

    /**
     * A roster query: organization (and what is below it) or the whole scope; {@code q} part of a name, or a complete
     * ID number for the roles that may reveal one (rule M13).
     */
    public record Query(Long organizationId, String q, int page, int size) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Event<MembersChanged> changed;

    @Transactional
    public MemberView register(NewMember input) {
        Scope scope = currentUser.scope();
        Member member = build(scope, input, organization(input.organizationId()), clock.today());
        requireUniqueIdNumber(member.getIdNumberHash());
        em.persist(member);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique keyed hash caught a registration racing this one
            throw new ConflictException("idNumber", "member.idNumberDuplicate");
        }
        changed.fire(MembersChanged.of(member.getId()));
        audit.record(scope.username(), member, "CREATE", creation(member));
        return view(member, scope);
    }

    /**
     * Builds (does not persist) a member from the input, applying every rule; used by registration and import.
     * The organization is the one the caller may write.
     */
    Member build(Scope scope, NewMember input, Organization organization, LocalDate today) {
        scope.requireWrite(organization.getPath());
        IdNumber idNumber = IdNumber.parse(input.idNumber(), today);
        Enterprise enterprise = enterprise(input.enterpriseId());
        List<Suspension> periods = new ArrayList<>();
        if (input.suspensions() != null) {
            for (MemberView.Period period : input.suspensions()) {
                if (period == null) {
                    throw BusinessException.onField("suspensions", "member.suspensionFromRequired");
                }
                periods.add(new Suspension(period.from(), period.to()));
            }
        }
        Member member = new Member(new Member.Person(input.name(), input.birthDate(), input.sex(), input.ethnicity(),
                input.education(), input.phone()), idNumber, cipher.encrypt(idNumber.value()),
                cipher.hash(idNumber.value()), organization, enterprise, input.steps(), periods,
                input.status(), input.statusSince(), today);
        if (input.partyStandingStart() != null && !input.partyStandingStart().equals(member.getPartyStandingStart())) {
            if (!scope.seesEverything()) {
                throw new ForbiddenException();
            }
            member.correctStandingStart(input.partyStandingStart(), input.standingStartReason(), today);
        }
        return member;
    }

    Changes creation(Member member) {
        return Changes.of()
                .set("name", member.getName())
                .set("organizationId", member.getOrganization().getId())
                .set("enterpriseId", member.getEnterpriseId())
                .set("stage", member.getStage())
                .set("status", member.getStatus())
                .set("partyStandingStart", member.getPartyStandingStart());
    }

    void requireUniqueIdNumber(String hash) {
        long existing = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.idNumberHash = :hash", Long.class)
                .setParameter("hash", hash).getSingleResult();
        if (existing > 0) {
            throw new ConflictException("idNumber", "member.idNumberDuplicate");
        }
    }

    @Transactional
    public MemberView view(long id) {
        Scope scope = currentUser.scope();
        Member member = get(id);
        scope.requireRead(member.getOrganization().getPath());
        return view(member, scope);
    }

    /** Rule M13: the full ID number, for committee staff and administrators only; every reveal is audited. */
    @Transactional
    public String reveal(long id) {
        Scope scope = currentUser.scope();
        Member member = get(id);
        if (!canReveal(scope)) {
            throw new ForbiddenException();
        }
        audit.record(scope.username(), member, "REVEAL", Changes.of().set("field", "idNumber"));
        return cipher.decrypt(member.getIdNumberCipher());
    }

    public boolean canReveal() {
        return canReveal(currentUser.scope());
    }

    private static boolean canReveal(Scope scope) {
        return scope.seesEverything();
    }

    @Transactional
    public MemberPage list(Query query) {
        int size = Math.max(1, Math.min(query.size() <= 0 ? 25 : query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        Scope scope = currentUser.scope();
        Filter filter = filter(scope, query);
        MemberPage result = page(scope, filter, page, size);
        if (filter.byIdNumber()) {
            auditIdSearch(scope, filter, result.total(), result.items());
        }
        return result;
    }

    private MemberPage page(Scope scope, Filter filter, int page, int size) {
        TypedQuery<Member> select = em.createQuery("SELECT m FROM Member m JOIN FETCH m.organization o LEFT JOIN FETCH m.enterprise"
                + filter.where + " ORDER BY m.name, m.id", Member.class)
                .setHint("eclipselink.batch", "m.suspensions")
                .setHint("eclipselink.batch", "m.placements")
                .setHint("eclipselink.batch.type", "IN");
        filter.bind(select);
        List<MemberView> items = select.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(m -> view(m, scope)).toList();
        return new MemberPage(items, count(filter), page, size);
    }

    /** Every member the query finds (for the roster export), read page by page. */
    @Transactional
    public List<MemberView> all(Long organizationId, String q) {
        Scope scope = currentUser.scope();
        Filter filter = filter(scope, new Query(organizationId, q, 0, MAX_PAGE_SIZE));
        List<MemberView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<MemberView> chunk = page(scope, filter, page, MAX_PAGE_SIZE).items();
            all.addAll(chunk);
            if (chunk.size() < MAX_PAGE_SIZE) {
                break;
            }
            em.clear();
        }
        if (filter.byIdNumber()) {
            auditIdSearch(scope, filter, all.size(), all);
        }
        return all;
    }

    @Transactional
    public long count(Query query) {
        return count(filter(currentUser.scope(), query));
    }

    /**
     * Rule M13: a search text shaped like an ID number is an exact-ID search, which only roles that may reveal ID
     * numbers make (the result would confirm a guessed number, birth date included); the page asks before searching.
     */
    public void checkSearch(String q) {
        if (IdNumber.hasShape(q)) {
            requireIdSearch(currentUser.scope());
        }
    }

    /** Whether the caller may search by a complete ID number (the roles that may reveal one). */
    public boolean canSearchById() {
        return canReveal();
    }

    private static void requireIdSearch(Scope scope) {
        if (!canReveal(scope)) {
            throw new ForbiddenException("member.idSearchForbidden");
        }
    }

    /** One entry per exact-ID search: who searched, how many members matched; the number only masked. */
    private void auditIdSearch(Scope scope, Filter filter, long matches, List<MemberView> found) {
        Long entityId = matches == 1 && found.size() == 1 ? found.get(0).id() : null;
        audit.record(scope.username(), Member.class.getSimpleName(), entityId, "SEARCH_ID", Changes.of()
                .set("idNumber", IdNumber.mask(filter.idNumber()))
                .set("matches", matches));
    }

    private long count(Filter filter) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Member m JOIN m.organization o"
                + filter.where, Long.class);
        filter.bind(count);
        return count.getSingleResult();
    }

    /** A roster filter: the path prefix, and a name pattern or (exact-ID search) the ID number and its keyed hash. */
    private record Filter(String where, String prefix, String like, String idNumber, String hash) {
        boolean byIdNumber() {
            return hash != null;
        }

        void bind(TypedQuery<?> query) {
            query.setParameter("prefix", prefix);
            if (like != null) {
                query.setParameter("like", like);
            }
            if (hash != null) {
                query.setParameter("hash", hash);
            }
        }
    }

    private Filter filter(Scope scope, Query query) {
        String prefix = scope.pathPrefix();
        if (query.organizationId() != null) {
            Organization organization = em.find(Organization.class, query.organizationId());
            if (organization == null) {
                throw new NotFoundException("Organization", query.organizationId());
            }
            scope.requireRead(organization.getPath());
            prefix = organization.getPath();
        }
        String where = " WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL";
        String q = query.q() == null ? "" : query.q().strip();
        if (q.isEmpty()) {
            return new Filter(where, prefix + "%", null, null, null);
        }
        if (IdNumber.hasShape(q)) {
            requireIdSearch(scope);
            String idNumber = q.toUpperCase(Locale.ROOT);
            return new Filter(where + " AND m.idNumberHash = :hash", prefix + "%", null, idNumber,
                    cipher.hash(idNumber));
        }
        return new Filter(where + " AND LOWER(m.name) LIKE :like ESCAPE '\\'", prefix + "%", like(q), null, null);
    }

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
        return change(id, version, "CANCEL_PROBATION", member -> {
            MemberStatus old = member.getStatus();
            member.cancelProbation(on, reason, clock.today());
            return Changes.of().change("status", old, member.getStatus()).set("statusSince", on)
                    .set("reason", member.getStatusReason());
        });
    }

    @Transactional
    public MemberView suspend(long id, LocalDate on, Long version) {
        return change(id, version, "SUSPEND", member -> {
            MemberStatus old = member.getStatus();
            member.suspend(on, clock.today());
            return Changes.of().change("status", old, member.getStatus()).set("statusSince", on);
        });
    }

    @Transactional
    public MemberView restore(long id, LocalDate on, Long version) {
        return change(id, version, "RESTORE", member -> {
            MemberStatus old = member.getStatus();
            member.restore(on, clock.today());
            return Changes.of().change("status", old, member.getStatus()).set("statusSince", on);
        });
    }

    @Transactional
    public MemberView remove(long id, LocalDate on, String reason, Long version) {
        return change(id, version, "REMOVE", member -> {
            MemberStatus old = member.getStatus();
            member.remove(on, reason, clock.today());
            return Changes.of().change("status", old, member.getStatus()).set("statusSince", on)
                    .set("reason", member.getStatusReason());
        });
    }

    @Transactional
    public MemberView recordDeath(long id, LocalDate on, Long version) {
        return change(id, version, "DECEASE", member -> {
            MemberStatus old = member.getStatus();
            member.recordDeath(on, clock.today());
            return Changes.of().change("status", old, member.getStatus()).set("statusSince", on);
        });
    }

    /** An enterprise offered as a work unit. */
    public record WorkUnit(Long id, String name) {
    }

    /** Up to 20 operating enterprises whose name contains {@code query} (enterprises are reference data). */
    @Transactional
    public List<WorkUnit> workUnits(String query) {
        currentUser.scope();
        return em.createQuery("SELECT e.id, e.name FROM Enterprise e WHERE e.closedOn IS NULL"
                        + " AND LOWER(e.name) LIKE :like ESCAPE '\\' ORDER BY e.name", Object[].class)
                .setParameter("like", like(query == null ? "" : query.strip())).setMaxResults(20).getResultStream()
                .map(r -> new WorkUnit((Long) r[0], (String) r[1])).toList();
    }

    /** A LIKE pattern that finds {@code text} anywhere, lower case, with the wildcards in it escaped. */
    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    /** The member's work unit (an enterprise of the zone), or none, from {@code on} (today when null). */
    @Transactional
    public MemberView changeWorkUnit(long id, Long enterpriseId, LocalDate on, Long version) {
        return change(id, version, "WORK_UNIT", member -> {
            LocalDate from = on == null ? clock.today() : on;
            Long old = member.changeWorkUnit(enterprise(enterpriseId), from, clock.today());
            return Changes.of().change("enterpriseId", old, member.getEnterpriseId()).set("on", from);
        });
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
                              java.util.function.Function<Member, Changes> intent) {
        Scope scope = currentUser.scope();
        Member member = get(id);
        scope.requireWrite(member.getOrganization().getPath());
        if (version != null) {
            member.checkVersion(version);
        }
        Changes changes = intent.apply(member);
        flushOrConflict(member);
        changed.fire(MembersChanged.of(member.getId()));
        audit.record(scope.username(), member, action, changes);
        return view(member, scope);
    }

    /**
     * Rule M16, in the caller's scope: probations ending within {@code withinDays} or overdue, and members suspended
     * (lost contact) for 6 months or more; soonest first.
     */
    @Transactional
    public List<MemberAlert> alerts(int withinDays) {
        if (withinDays < 0 || withinDays > 366) {
            throw BusinessException.onField("within", "member.alertWithinRange");
        }
        Scope scope = currentUser.scope();
        LocalDate today = clock.today();
        List<MemberAlert> alerts = new ArrayList<>();
        em.createQuery("""
                SELECT m FROM Member m JOIN FETCH m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.status = :active AND m.stage = :probationary
                AND m.probationaryOn <= :latest""", Member.class)
                .setParameter("prefix", scope.pathPrefix() + "%")
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("probationary", Stage.PROBATIONARY)
                .setParameter("latest", today.plusDays(withinDays).minusYears(1))
                .getResultStream().forEach(m -> {
                    LocalDate ends = m.probationEnds();
                    long days = ChronoUnit.DAYS.between(today, ends);
                    if (days <= withinDays) {
                        alerts.add(new MemberAlert(days < 0 ? MemberAlert.Kind.PROBATION_OVERDUE
                                : MemberAlert.Kind.PROBATION_DUE, m.getId(), m.getName(), m.getOrganization().getId(),
                                m.getOrganization().getName(), ends, days));
                    }
                });
        em.createQuery("""
                SELECT m FROM Member m JOIN FETCH m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.status = :suspended
                AND m.statusSince <= :since""", Member.class)
                .setParameter("prefix", scope.pathPrefix() + "%")
                .setParameter("suspended", MemberStatus.SUSPENDED)
                .setParameter("since", today.minusMonths(LOST_CONTACT_MONTHS))
                .getResultStream().forEach(m -> alerts.add(new MemberAlert(MemberAlert.Kind.LOST_CONTACT, m.getId(),
                        m.getName(), m.getOrganization().getId(), m.getOrganization().getName(), m.getStatusSince(),
                        ChronoUnit.DAYS.between(today, m.getStatusSince()))));
        alerts.sort(Comparator.comparing(MemberAlert::days).thenComparing(MemberAlert::name));
        return alerts;
    }

    MemberView view(Member member, Scope scope) {
        return MemberView.of(member, IdNumber.mask(cipher.decrypt(member.getIdNumberCipher())), canReveal(scope),
                clock.today());
    }

    Member get(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        return member;
    }

    /** A work unit: any enterprise of the zone (reference data), or none. */
    Enterprise enterprise(Long id) {
        if (id == null) {
            return null;
        }
        Enterprise enterprise = em.find(Enterprise.class, id);
        if (enterprise == null) {
            throw BusinessException.onField("enterpriseId", "error.notFound", "Enterprise", id);
        }
        return enterprise;
    }

    Organization organization(Long id) {
        if (id == null) {
            throw BusinessException.onField("organizationId", "member.organizationRequired");
        }
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw BusinessException.onField("organizationId", "error.notFound", "Organization", id);
        }
        return organization;
    }

    private void flushOrConflict(Member member) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Member", member.getId());
        }
    }
}
