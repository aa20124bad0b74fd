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
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.award.entity.Honor;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.audit.Changes;
import org.partyregistry.brand.entity.Alliance;
import org.partyregistry.brand.entity.AllianceMember;
import org.partyregistry.brand.entity.Brand;
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
        loadBrandsAndAlliances(byKey, enterprises, today);
        int activityCount = loadActivities(byKey, latest, memberByName, today);
        loadHonors(byKey, memberByName, today);
        LOG.info(() -> "Loaded the demo dues: " + payments + " payments");
        LOG.info(() -> "Loaded the demo data: " + byKey.size() + " organizations, " + memberCount + " members, "
                + activityCount + " activities");
    }

    /**
     * {@code seeds/activities.csv} and the per-day attendance of its study sessions ({@code seeds/study-days.csv}),
     * through the activity's own rules (ACT1-ACT6, ACT12): every listed member must be on the roll of the day.
     */
    private int loadActivities(Map<String, Organization> byKey, Map<Organization, Term> latest,
                               Map<String, Member> members, LocalDate today) {
        Map<String, List<Map<String, String>>> days = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/study-days.csv")) {
            days.computeIfAbsent(row.get("activity"), k -> new java.util.ArrayList<>()).add(row);
        }
        Map<String, Long> brands = new HashMap<>();
        em.createQuery("SELECT b FROM Brand b", Brand.class).getResultStream()
                .forEach(b -> brands.put(b.getName(), b.getId()));
        int count = 0;
        for (Map<String, String> row : Csv.read("seeds/activities.csv")) {
            Long brandId = row.get("brand") == null ? null : brands.get(row.get("brand"));
            if (row.get("brand") != null && brandId == null) {
                throw new IllegalStateException("Seed activity under an unknown brand: " + row.get("brand"));
            }
            Organization organization = required(byKey, row.get("organization"));
            ActivityType type = ActivityType.valueOf(row.get("type"));
            LocalDate heldOn = LocalDate.parse(row.get("heldOn"));
            Term term = latest.get(organization);
            Integer seats = term == null || term.getElectedOn().isAfter(heldOn) ? null : term.getSeats();
            Activity activity = new Activity(organization, type, new Activity.Details(row.get("title"), heldOn,
                    date(row.get("endsOn")), row.get("location"), row.get("topic"), row.get("host"), null, brandId),
                    sheet(row, members), roll(organization, heldOn, members), seats, today);
            for (Map<String, String> day : days.getOrDefault(row.get("key"), List.of())) {
                LocalDate on = LocalDate.parse(day.get("day"));
                activity.recordAttendance(on, sheet(day, members), roll(organization, on, members), today, "");
            }
            em.persist(activity);
            audit.record(Scope.SYSTEM, activity, "CREATE", Changes.of().set("organizationId", organization.getId())
                    .set("type", type).set("title", activity.getTitle()).set("heldOn", heldOn)
                    .set("endsOn", activity.getEndsOn()).set("valid", activity.isValid()));
            count++;
        }
        return count;
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

    /** The roll of the day (rule ACT3); a party group's: the members placed in it then (rule ACT17). */
    private static Roll roll(Organization organization, LocalDate on, Map<String, Member> members) {
        if (organization.getType() == OrganizationType.GROUP) {
            java.util.Set<Long> placed = new java.util.HashSet<>();
            members.values().forEach(m -> m.getPlacements().stream()
                    .filter(p -> p.getGroup().equals(organization) && p.covers(on))
                    .forEach(p -> placed.add(m.getId())));
            return Roll.of(organization.getParent().getPath(), on, members.values(), List.of()).restrictedTo(placed);
        }
        return Roll.of(organization.getPath(), on, members.values(), List.of());
    }

    private static Activity.Sheet sheet(Map<String, String> row, Map<String, Member> members) {
        return new Activity.Sheet(ids(row.get("present"), members), ids(row.get("excused"), members),
                ids(row.get("absent"), members));
    }

    private static List<Long> ids(String names, Map<String, Member> members) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (String name : names.split(";")) {
            Member member = members.get(name.strip());
            if (member == null) {
                throw new IllegalStateException("Seed attendance of an unknown member: " + name);
            }
            ids.add(member.getId());
        }
        return ids;
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

    /** The brands and the alliance of the source article (seeds/brands.csv, alliances.csv, alliance_members.csv). */
    private void loadBrandsAndAlliances(Map<String, Organization> byKey, Map<String, Enterprise> enterprises,
                                        LocalDate today) {
        for (Map<String, String> row : Csv.read("seeds/brands.csv")) {
            Brand brand = new Brand(row.get("name"), row.get("slogan"), required(byKey, row.get("organization")),
                    LocalDate.parse(row.get("foundedOn")), row.get("description"), today);
            em.persist(brand);
            audit.record(Scope.SYSTEM, brand, "CREATE", Changes.of().set("name", brand.getName())
                    .set("organizationId", brand.getOrganization().getId()));
        }
        Map<String, Alliance> alliances = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/alliances.csv")) {
            Alliance alliance = new Alliance(row.get("name"), required(byKey, row.get("lead")),
                    date(row.get("foundedOn")), row.get("description"), today);
            em.persist(alliance);
            alliances.put(row.get("key"), alliance);
            audit.record(Scope.SYSTEM, alliance, "CREATE", Changes.of().set("name", alliance.getName())
                    .set("leadOrganizationId", alliance.getLeadOrganization().getId()));
        }
        Map<Alliance, List<AllianceMember>> admitted = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/alliance_members.csv")) {
            Alliance alliance = alliances.get(row.get("alliance"));
            if (alliance == null) {
                throw new IllegalStateException("Seed member of an unknown alliance: " + row.get("alliance"));
            }
            Enterprise enterprise = row.get("enterprise") == null ? null : enterprises.get(row.get("enterprise"));
            if (row.get("enterprise") != null && enterprise == null) {
                throw new IllegalStateException("Seed alliance member is an unknown enterprise: "
                        + row.get("enterprise"));
            }
            Organization organization = row.get("organization") == null ? null
                    : required(byKey, row.get("organization"));
            List<AllianceMember> earlier = admitted.computeIfAbsent(alliance, a -> new java.util.ArrayList<>());
            AllianceMember member = alliance.admit(enterprise, organization, LocalDate.parse(row.get("joinedOn")),
                    earlier, today);
            if (row.get("leftOn") != null) {
                member.leave(LocalDate.parse(row.get("leftOn")), today);
            }
            em.persist(member);
            earlier.add(member);
            audit.record(Scope.SYSTEM, member, "CREATE", Changes.of().set("allianceId", alliance.getId())
                    .set("member", member.getName()).set("joinedOn", member.getJoinedOn())
                    .set("leftOn", member.getLeftOn()));
        }
    }

    /**
     * {@code seeds/honors.csv}: honors at each step of their workflow (rules AW10, AW11), dated in the year the row
     * gives; every step of a row is dated on its day.
     */
    private void loadHonors(Map<String, Organization> byKey, Map<String, Member> members, LocalDate today) {
        for (Map<String, String> row : Csv.read("seeds/honors.csv")) {
            int year = today.getYear() - Integer.parseInt(row.get("yearsAgo"));
            LocalDate on = LocalDate.parse(year + "-" + row.get("on"));
            if (on.isAfter(today)) {
                on = today;
            }
            Member member = row.get("member") == null ? null : members.get(row.get("member"));
            if (row.get("member") != null && member == null) {
                throw new IllegalStateException("Seed honor of an unknown member: " + row.get("member"));
            }
            Organization organization = row.get("organization") == null ? null
                    : required(byKey, row.get("organization"));
            Honor honor = new Honor(HonorKind.valueOf(row.get("kind")), HonorLevel.valueOf(row.get("level")), year,
                    member, organization, row.get("citation"), Scope.SYSTEM, on);
            NominationState state = NominationState.valueOf(row.get("state"));
            if (state != NominationState.NOMINATED) {
                honor.approve(Scope.SYSTEM, on);
            }
            if (state == NominationState.AWARDED) {
                honor.award(on, today);
            }
            em.persist(honor);
            audit.record(Scope.SYSTEM, honor, "NOMINATE", Changes.of().set("kind", honor.getKind())
                    .set("level", honor.getLevel()).set("year", year).set("state", state));
        }
    }

    /** The admin password documented with the demo accounts (used on the embedded database only). */
    public String demoAdminPassword() {
        List<Map<String, String>> users = Csv.read("seeds/users.csv");
        return users.stream().filter(u -> "admin".equals(u.get("username"))).map(u -> u.get("password"))
                .findFirst().orElse(null);
    }

    private static Organization required(Map<String, Organization> byKey, String key) {
        Organization organization = byKey.get(key);
        if (organization == null) {
            throw new IllegalStateException("Seed refers to an unknown organization key: " + key);
        }
        return organization;
    }

    private static LocalDate date(String value) {
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
