package org.partyregistry.startup;

import static org.partyregistry.startup.SeedLoader.date;
import static org.partyregistry.startup.SeedLoader.required;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.award.entity.Honor;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.brand.entity.Alliance;
import org.partyregistry.brand.entity.AllianceMember;
import org.partyregistry.brand.entity.Brand;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.security.Scope;

/**
 * The activity part of the demo data: brands and alliances, activities with their attendance, and honors. Loaded
 * by {@link SeedLoader} once the register is in the database, through its EntityManager, in its transaction.
 */
final class ActivitySeed {

    private final EntityManager em;
    private final AuditTrail audit;

    ActivitySeed(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /**
     * {@code seeds/activities.csv} and the per-day attendance of its study sessions ({@code seeds/study-days.csv}),
     * through the activity's own rules (ACT1-ACT6, ACT12): every listed member must be on the roll of the day.
     */
    int loadActivities(Map<String, Organization> byKey, Map<Organization, Term> latest,
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
        org.partyregistry.activity.control.ActivityTally.rebuild(em);
        return count;
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

    /** The brands and the alliance of the source article (seeds/brands.csv, alliances.csv, alliance_members.csv). */
    void loadBrandsAndAlliances(Map<String, Organization> byKey, Map<String, Enterprise> enterprises,
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
    void loadHonors(Map<String, Organization> byKey, Map<String, Member> members, LocalDate today) {
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
}
