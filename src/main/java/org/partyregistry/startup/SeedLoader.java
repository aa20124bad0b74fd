package org.partyregistry.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.dues.control.DuesAssessmentService;
import org.partyregistry.dues.control.DuesPaymentService;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.DuesLedger;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.InstructorAssignment;
import org.partyregistry.enterprise.entity.InstructorRole;
import org.partyregistry.enterprise.entity.Park;
import org.partyregistry.member.entity.GroupPlacement;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;
import org.partyregistry.organization.control.MemberCounts;
import org.partyregistry.organization.entity.EventKind;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationEvent;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.PersonalDataCipher;
import org.partyregistry.security.PasswordHasher;
import org.partyregistry.security.Role;
import org.partyregistry.security.Scope;
import org.partyregistry.security.UserAccount;

/**
 * Loads {@code seeds/} (the reference and demo data) into an empty database, once: {@link Bootstrap} calls it under
 * the {@link StartupLock}, so nodes starting together load it one after the other and all but the first find the
 * {@code seed_run} row (inserted first, its primary key the last guard) and skip.
 * Everything goes through the entities' own rules and leaves audit entries by {@code system}.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    static final String DEMO = "demo";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ChinaClock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DuesAssessmentService assessments;

    @Inject
    DuesPaymentService duesPayments;

    @Inject
    MemberCounts memberCounts;

    @Transactional
    public void loadDemoOnce() {
        long loaded = em.createNativeQuery("SELECT COUNT(*) FROM seed_run WHERE name = ?").setParameter(1, DEMO)
                .getResultList().stream().mapToLong(n -> ((Number) n).longValue()).sum();
        long organizations = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organization").getSingleResult())
                .longValue();
        if (loaded > 0 || organizations > 0) {
            return;
        }
        em.createNativeQuery("INSERT INTO seed_run (name, loaded_at_utc) VALUES (?, ?)")
                .setParameter(1, DEMO).setParameter(2, clock.nowUtc()).executeUpdate();
        LocalDate today = clock.today();
        Map<String, Park> parks = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/parks.csv")) {
            Park park = new Park(row.get("name"));
            em.persist(park);
            parks.put(park.getName(), park);
            audit.record(Scope.SYSTEM, park, "CREATE", Changes.of().set("name", park.getName()));
        }
        Map<String, Enterprise> enterprises = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/enterprises.csv")) {
            Park park = parks.get(row.get("park"));
            if (park == null) {
                throw new IllegalStateException("Seed enterprise in an unknown park: " + row.get("park"));
            }
            Enterprise enterprise = new Enterprise(row.get("name"), row.get("creditCode"), park, row.get("industry"),
                    Integer.valueOf(row.get("employees")), LocalDate.parse(row.get("foundedOn")),
                    row.get("closedOn") == null ? null : LocalDate.parse(row.get("closedOn")), today);
            em.persist(enterprise);
            enterprises.put(row.get("key"), enterprise);
            audit.record(Scope.SYSTEM, enterprise, "CREATE", Changes.of().set("name", enterprise.getName())
                    .set("creditCode", enterprise.getCreditCode()));
        }
        for (Map<String, String> row : Csv.read("seeds/instructors.csv")) {
            Enterprise enterprise = enterprises.get(row.get("enterprise"));
            if (enterprise == null) {
                throw new IllegalStateException("Seed instructor at an unknown enterprise: " + row.get("enterprise"));
            }
            InstructorAssignment assignment = new InstructorAssignment(enterprise, row.get("name"),
                    InstructorRole.valueOf(row.get("role")), LocalDate.parse(row.get("from")),
                    row.get("to") == null ? null : LocalDate.parse(row.get("to")), today);
            em.persist(assignment);
            audit.record(Scope.SYSTEM, assignment, "CREATE", Changes.of().set("enterpriseId", enterprise.getId())
                    .set("name", assignment.getName()));
        }
        em.flush(); // dated enterprise links and work units refer to enterprises by id only: in the database first
        Map<String, Organization> byKey = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/organizations.csv")) {
            Organization parent = row.get("parent") == null ? null : required(byKey, row.get("parent"));
            Organization organization = new Organization(row.get("name"), OrganizationType.valueOf(row.get("type")),
                    parent, LocalDate.parse(row.get("establishedOn")), today);
            if (row.get("enterprises") != null) {
                List<Enterprise> units = new java.util.ArrayList<>();
                for (String key : row.get("enterprises").split(";")) {
                    Enterprise enterprise = enterprises.get(key.strip());
                    if (enterprise == null) {
                        throw new IllegalStateException("Seed organization in an unknown enterprise: " + key);
                    }
                    units.add(enterprise);
                }
                organization.formIn(units);
            }
            em.persist(organization);
            organization.anchor();
            byKey.put(row.get("key"), organization);
            em.persist(new OrganizationEvent(organization, EventKind.FOUNDED, organization.getEstablishedOn(), null,
                    organization.getName(), Scope.SYSTEM, clock.nowUtc()));
            audit.record(Scope.SYSTEM, organization, "CREATE", Changes.of().set("name", organization.getName())
                    .set("type", organization.getType()).set("establishedOn", organization.getEstablishedOn()));
        }
        Map<Organization, Term> latest = new HashMap<>();
        List<Term> seededTerms = new java.util.ArrayList<>();
        for (Map<String, String> row : Csv.read("seeds/terms.csv")) {
            Organization organization = required(byKey, row.get("organization"));
            Term previous = latest.get(organization);
            Term term = new Term(organization, previous, Integer.parseInt(row.get("number")),
                    LocalDate.parse(row.get("electedOn")), integer(row.get("years")), integer(row.get("seats")),
                    integer(row.get("eligibleVoters")), integer(row.get("votesCast")), today);
            if (previous != null) {
                previous.succeed(term);
            }
            em.persist(term);
            seededTerms.add(term);
            latest.put(organization, term);
            em.persist(new OrganizationEvent(organization, EventKind.TERM_ELECTED, term.getElectedOn(),
                    previous == null ? null : String.valueOf(previous.getNumber()), String.valueOf(term.getNumber()),
                    Scope.SYSTEM, clock.nowUtc()));
            audit.record(Scope.SYSTEM, term, "CREATE", Changes.of().set("organizationId", organization.getId())
                    .set("number", term.getNumber()).set("electedOn", term.getElectedOn()));
        }
        for (Map<String, String> row : Csv.read("seeds/users.csv")) {
            Role role = Role.valueOf(row.get("role"));
            if (role == Role.ADMIN) {
                continue;
            }
            Organization organization = row.get("organization") == null ? null
                    : required(byKey, row.get("organization"));
            UserAccount.checkPasswordStrength(row.get("password"));
            UserAccount account = new UserAccount(row.get("username"), row.get("displayName"),
                    hasher.hash(row.get("password")), role, organization == null ? null : organization.getId(),
                    clock.nowUtc());
            em.persist(account);
            audit.record(Scope.SYSTEM, account, "CREATE", Changes.of().set("username", account.getUsername())
                    .set("role", role));
        }
        int members = 0;
        Map<String, Member> memberByName = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/members.csv")) {
            Organization organization = required(byKey, row.get("organization"));
            IdNumber idNumber = IdNumber.parse(row.get("idNumber"), today);
            String status = row.get("status");
            Member member = new Member(new Member.Person(row.get("name"), null, null, row.get("ethnicity"),
                    row.get("education"), null), idNumber, cipher.encrypt(idNumber.value()),
                    cipher.hash(idNumber.value()), organization, null, new Steps(date(row.get("appliedOn")),
                    date(row.get("activistOn")), date(row.get("developmentTargetOn")),
                    date(row.get("probationaryOn")), date(row.get("fullOn"))), suspensions(row.get("suspensions")),
                    status == null ? null : MemberStatus.valueOf(status), date(row.get("statusSince")), today);
            em.persist(member);
            memberByName.put(member.getName(), member);
            audit.record(Scope.SYSTEM, member, "CREATE", Changes.of().set("name", member.getName())
                    .set("organizationId", organization.getId()).set("stage", member.getStage())
                    .set("status", member.getStatus()));
            members++;
        }
        placeInGroups(byKey, memberByName, today);
        int payments = seedDues(today);
        int memberCount = members;
        em.flush(); // attendance refers to members by id only: they must be in the database first
        for (Term term : seededTerms) { // rule O12 once the members are there to count
            term.requireSeatsFit(memberCounts.fullMembersOn(term.getOrganization(), term.getElectedOn()));
        }
        ActivitySeed activitySeed = new ActivitySeed(em, audit);
        activitySeed.loadBrandsAndAlliances(byKey, enterprises, today);
        int activityCount = activitySeed.loadActivities(byKey, latest, memberByName, today);
        activitySeed.loadHonors(byKey, memberByName, today);
        LOG.info(() -> "Loaded the demo dues: " + payments + " payments");
        LOG.info(() -> "Loaded the demo data: " + byKey.size() + " organizations, " + memberCount + " members, "
                + activityCount + " activities");
    }

    /** {@code seeds/group-placements.csv}: members placed in the party groups of their branch (rule M19). */
    private void placeInGroups(Map<String, Organization> byKey, Map<String, Member> members, LocalDate today) {
        for (Map<String, String> row : Csv.read("seeds/group-placements.csv")) {
            Member member = members.get(row.get("member"));
            if (member == null) {
                throw new IllegalStateException("Seed group placement of an unknown member: " + row.get("member"));
            }
            Organization group = required(byKey, row.get("group"));
            LocalDate on = LocalDate.parse(row.get("placedOn"));
            LocalDate admitted = member.steps().probationaryOn() != null ? member.steps().probationaryOn()
                    : member.steps().fullOn();
            GroupPlacement placement = member.placeInGroup(group, on, admitted, today);
            em.persist(placement);
            audit.record(Scope.SYSTEM, member, "GROUP", Changes.of().change("groupId", null, group.getId())
                    .set("on", on));
        }
    }

    /**
     * {@code seeds/dues.csv}: last year's and this year's amounts fixed for every member who owes dues, paid quarter
     * by quarter (each quarter in the month after it) up to the month the row gives; through the dues service's own
     * rules, as the system.
     */
    private int seedDues(LocalDate today) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/dues.csv")) {
            rows.put(row.get("member"), row);
        }
        Scope system = Scope.system();
        YearMonth current = YearMonth.from(today);
        int payments = 0;
        List<Member> owing = em.createQuery("""
                SELECT m FROM Member m WHERE (m.probationaryOn IS NOT NULL OR m.fullOn IS NOT NULL) AND m.status IN :owing
                ORDER BY m.id""",
                Member.class).setParameter("owing", List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED))
                .getResultList();
        for (Member member : owing) {
            if (!member.getStage().isMember()) {
                continue;
            }
            Map<String, String> row = rows.getOrDefault(member.getName(), rows.get("*"));
            DuesCategory category = DuesCategory.valueOf(row.get("category"));
            if (!rows.containsKey(member.getName()) && member.ageOn(today) >= 60) {
                category = DuesCategory.RETIRED;
            }
            YearMonth admitted = YearMonth.from(member.steps().admittedOn());
            Map<Integer, BigDecimal> monthly = new HashMap<>();
            for (int year = current.getYear() - 1; year <= current.getYear(); year++) {
                if (admitted.getYear() <= year) {
                    monthly.put(year, assessments.setYear(system, member.getId(), year, category,
                            new BigDecimal(row.get("income")), null, null, null).monthly());
                }
            }
            YearMonth first = DuesLedger.firstOnRecord(admitted, current.getYear() - 1);
            YearMonth last = current.minusMonths(Integer.parseInt(row.get("paidUpTo")));
            List<YearMonth> quarter = new java.util.ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                quarter.add(month);
                if (month.getMonthValue() % 3 == 0 || month.equals(last)) {
                    LocalDate paidOn = month.plusMonths(1).atDay(10);
                    duesPayments.pay(system, member.getId(), paidOn.isAfter(today) ? today : paidOn, quarter,
                            monthly.get(month.getYear()).multiply(BigDecimal.valueOf(quarter.size())),
                            PaymentMethod.CASH);
                    payments++;
                    quarter = new java.util.ArrayList<>();
                }
            }
        }
        return payments;
    }

    /** The admin password documented with the demo accounts (used on the embedded database only). */
    public String demoAdminPassword() {
        List<Map<String, String>> users = Csv.read("seeds/users.csv");
        return users.stream().filter(u -> "admin".equals(u.get("username"))).map(u -> u.get("password"))
                .findFirst().orElse(null);
    }

    static Organization required(Map<String, Organization> byKey, String key) {
        Organization organization = byKey.get(key);
        if (organization == null) {
            throw new IllegalStateException("Seed refers to an unknown organization key: " + key);
        }
        return organization;
    }

    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    /** Past suspension periods written "from/until", separated by ';' (none when empty). */
    static List<Suspension> suspensions(String value) {
        if (value == null) {
            return List.of();
        }
        List<Suspension> periods = new java.util.ArrayList<>();
        for (String period : value.split(";")) {
            String[] dates = period.strip().split("/");
            periods.add(new Suspension(LocalDate.parse(dates[0].strip()), LocalDate.parse(dates[1].strip())));
        }
        return periods;
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
