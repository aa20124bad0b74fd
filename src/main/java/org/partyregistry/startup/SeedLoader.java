package org.partyregistry.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.partyregistry.enterprise.control.EnterpriseService;
import org.partyregistry.enterprise.entity.InstructorRole;
import org.partyregistry.member.control.CommitteeService;
import org.partyregistry.member.entity.Seat;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.TermService;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.AccountService;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Role;
import org.partyregistry.security.RunAs;

/**
 * Loads {@code seeds/} (the reference and demo data) into an empty database, once: {@link Bootstrap} calls it under
 * the {@link StartupLock}, so nodes starting together load it one after the other and all but the first find the
 * {@code seed_run} row (inserted first, its primary key the last guard) and skip.
 * Every record is created by its feature's service, as a demo account ({@link RunAs}, rule S7): the administrator
 * creates the demo accounts, the zone staff account ({@link #DEMO_USER}) enters everything else, so the demo data
 * passes the same rules and leaves the same audit entries as a user's input. A row a service refuses stops the
 * start-up with the file, the row and the service's message.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    static final String DEMO = "demo";
    /** The demo account that enters the demo data (zone staff, rule S1). */
    static final String DEMO_USER = "staff";
    static final String ADMIN = "admin";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ChinaClock clock;

    @Inject
    RunAs runAs;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    OrganizationService organizationService;

    @Inject
    TermService termService;

    @Inject
    CommitteeService committeeService;

    @Inject
    MemberSeed memberSeed;

    @Inject
    ActivitySeed activitySeed;

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
        Map<String, Long> byKey = new HashMap<>();
        runAs.run(ADMIN, "demo accounts", () -> createAccounts(byKey, false));
        int[] counts = runAs.call(DEMO_USER, "demo data", () -> loadRegister(byKey));
        runAs.run(ADMIN, "demo accounts", () -> createAccounts(byKey, true));
        LOG.info(() -> "Loaded the demo data: " + byKey.size() + " organizations, " + counts[0] + " members, "
                + counts[1] + " activities, " + counts[2] + " dues payments");
    }

    private int[] loadRegister(Map<String, Long> byKey) {
        Map<String, Long> enterprises = loadEnterprises();
        for (Map<String, String> row : Csv.read("seeds/organizations.csv")) {
            List<Long> units = new ArrayList<>();
            if (row.get("enterprises") != null) {
                for (String key : row.get("enterprises").split(";")) {
                    units.add(required(enterprises, key.strip(), "enterprise"));
                }
            }
            Long parent = row.get("parent") == null ? null : required(byKey, row.get("parent"), "organization");
            byKey.put(row.get("key"), refused("organizations.csv", row, () -> organizationService.found(
                    new OrganizationService.NewOrganization(row.get("name"), OrganizationType.valueOf(row.get("type")),
                            parent, LocalDate.parse(row.get("establishedOn")), units))).id());
        }
        MemberSeed.Members members = memberSeed.loadMembers(byKey, enterprises);
        Map<String, Long> latestTerm = loadTerms(byKey);
        loadCommittees(latestTerm, members.ids());
        memberSeed.loadTransfers(byKey, enterprises, members.ids());
        int payments = memberSeed.loadDues(members.ids());
        activitySeed.loadBrandsAndAlliances(byKey, enterprises);
        int activities = activitySeed.loadActivities(byKey, members.ids());
        activitySeed.loadHonors(byKey, members.ids());
        activitySeed.loadMedals(members.ids());
        return new int[] {members.ids().size(), activities, payments};
    }

    /** Parks, enterprises (by key) and the instructors and liaisons sent to them: reference data. */
    private Map<String, Long> loadEnterprises() {
        Map<String, Long> parks = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/parks.csv")) {
            parks.put(row.get("name"), refused("parks.csv", row,
                    () -> enterpriseService.createPark(row.get("name"))).id());
        }
        Map<String, Long> enterprises = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/enterprises.csv")) {
            Long park = required(parks, row.get("park"), "park");
            enterprises.put(row.get("key"), refused("enterprises.csv", row, () -> enterpriseService.create(
                    new EnterpriseService.EnterpriseInput(row.get("name"), row.get("creditCode"), park,
                            row.get("industry"), Integer.valueOf(row.get("employees")),
                            LocalDate.parse(row.get("foundedOn")), date(row.get("closedOn")), null))).id());
        }
        for (Map<String, String> row : Csv.read("seeds/instructors.csv")) {
            Long enterprise = required(enterprises, row.get("enterprise"), "enterprise");
            refused("instructors.csv", row, () -> enterpriseService.assignInstructor(enterprise, row.get("name"),
                    InstructorRole.valueOf(row.get("role")), LocalDate.parse(row.get("from")), date(row.get("to"))));
        }
        return enterprises;
    }

    /** {@code seeds/terms.csv}, oldest first per organization (rules O6-O9, O12); the latest term's id by key. */
    private Map<String, Long> loadTerms(Map<String, Long> byKey) {
        Map<String, Long> latest = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/terms.csv")) {
            Long organization = required(byKey, row.get("organization"), "organization");
            latest.put(row.get("organization"), refused("terms.csv", row, () -> termService.elect(organization,
                    new TermService.Election(Integer.valueOf(row.get("number")), LocalDate.parse(row.get("electedOn")),
                            integer(row.get("years")), integer(row.get("seats")), integer(row.get("eligibleVoters")),
                            integer(row.get("votesCast"))))).id());
        }
        return latest;
    }

    /** {@code seeds/committees.csv}: who holds which seat in an organization's latest term (rule M18). */
    private void loadCommittees(Map<String, Long> latestTerm, Map<String, Long> members) {
        Map<String, List<CommitteeService.SeatInput>> seats = new java.util.LinkedHashMap<>();
        for (Map<String, String> row : Csv.read("seeds/committees.csv")) {
            required(latestTerm, row.get("organization"), "term of organization");
            seats.computeIfAbsent(row.get("organization"), k -> new ArrayList<>()).add(new CommitteeService.SeatInput(
                    required(members, row.get("member"), "member"), Seat.valueOf(row.get("seat"))));
        }
        seats.forEach((organization, holders) -> refused("committees.csv", Map.of("organization", organization),
                () -> committeeService.replace(latestTerm.get(organization), holders)));
    }

    /**
     * {@code seeds/users.csv} but the administrator (made by {@link Bootstrap}): those bound to an organization
     * ({@code bound}) or the others, created by the administrator.
     */
    private void createAccounts(Map<String, Long> byKey, boolean bound) {
        for (Map<String, String> row : Csv.read("seeds/users.csv")) {
            Role role = Role.valueOf(row.get("role"));
            if (role == Role.ADMIN || bound != (row.get("organization") != null)) {
                continue;
            }
            Long organization = bound ? required(byKey, row.get("organization"), "organization") : null;
            refused("users.csv", row, () -> accounts.create(currentUser.scope(), new AccountService.NewUser(
                    row.get("username"), row.get("displayName"), row.get("password"), role, organization)));
        }
    }

    /** The admin password documented with the demo accounts (used on the embedded database only). */
    public String demoAdminPassword() {
        List<Map<String, String>> users = Csv.read("seeds/users.csv");
        return users.stream().filter(u -> ADMIN.equals(u.get("username"))).map(u -> u.get("password"))
                .findFirst().orElse(null);
    }

    /**
     * Runs one service call for a seed row; a refusal (a seed that breaks a rule) stops the start-up naming the
     * file and the row, to be fixed in the seeds.
     */
    static <T> T refused(String file, Map<String, String> row, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The service refused a row of seeds/" + file + " " + row + ": " + e, e);
        }
    }

    static Long required(Map<String, Long> byKey, String key, String what) {
        Long id = byKey.get(key);
        if (id == null) {
            throw new IllegalStateException("Seed refers to an unknown " + what + ": " + key);
        }
        return id;
    }

    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    /** Past suspension periods written "from/until", separated by ';' (none when empty). */
    static List<org.partyregistry.member.entity.Suspension> suspensions(String value) {
        if (value == null) {
            return List.of();
        }
        List<org.partyregistry.member.entity.Suspension> periods = new ArrayList<>();
        for (String period : value.split(";")) {
            String[] dates = period.strip().split("/");
            periods.add(new org.partyregistry.member.entity.Suspension(LocalDate.parse(dates[0].strip()),
                    LocalDate.parse(dates[1].strip())));
        }
        return periods;
    }

    static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
