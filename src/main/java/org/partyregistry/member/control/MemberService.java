package org.partyregistry.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.ForbiddenException;
import org.partyregistry.platform.PersonalDataCipher;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * The member record's use cases (rules M1-M13, M15, M16), each one transaction, each checked against the caller's
 * scope, each write audited without personal data in the audit entry.
 */
@ApplicationScoped
public class MemberService {

    public static final int MAX_PAGE_SIZE = 500;

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
    Members members;

    @Inject
    Organizations organizations;

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
        Member member = members.readable(id);
        return view(member, scope);
    }

    /** Rule M13: the full ID number, for committee staff and administrators only; every reveal is audited. */
    @Transactional
    public String reveal(long id) {
        Scope scope = currentUser.scope();
        Member member = members.require(id);
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
            Organization organization = organizations.readable(query.organizationId());
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

    /** Up to 20 operating enterprises whose name contains {@code query} (enterprises are reference data). */
    @Transactional
    public List<WorkUnit> workUnits(String query) {
        currentUser.scope();
        return em.createQuery("SELECT NEW org.partyregistry.member.control.WorkUnit(e.id, e.name) FROM Enterprise e"
                        + " WHERE e.closedOn IS NULL AND LOWER(e.name) LIKE :like ESCAPE '\\' ORDER BY e.name",
                        WorkUnit.class)
                .setParameter("like", like(query == null ? "" : query.strip())).setMaxResults(20).getResultList();
    }

    /** A LIKE pattern that finds {@code text} anywhere, lower case, with the wildcards in it escaped. */
    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    MemberView view(Member member, Scope scope) {
        return MemberView.of(member, IdNumber.mask(cipher.decrypt(member.getIdNumberCipher())), canReveal(scope),
                clock.today());
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
        return organizations.named(id, "organizationId");
    }
}
