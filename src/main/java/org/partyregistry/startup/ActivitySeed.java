package org.partyregistry.startup;

import static org.partyregistry.startup.SeedLoader.date;
import static org.partyregistry.startup.SeedLoader.refused;
import static org.partyregistry.startup.SeedLoader.required;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.control.StudySessionService;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.award.control.HonorService;
import org.partyregistry.award.control.MedalService;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.brand.control.AllianceService;
import org.partyregistry.brand.control.BrandService;
import org.partyregistry.platform.ChinaClock;

/**
 * The activity part of the demo data: brands and alliances, activities with their attendance, honors and medal
 * rounds, entered by {@link SeedLoader} through the features' services as the caller it runs as.
 */
@Dependent
class ActivitySeed {

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    ChinaClock clock;

    @Inject
    BrandService brandService;

    @Inject
    AllianceService allianceService;

    @Inject
    StudySessionService studySessions;

    @Inject
    HonorService honorService;

    @Inject
    MedalService medalService;

    private final Map<String, Long> brands = new HashMap<>();

    /** The brands and the alliance of the source article (seeds/brands.csv, alliances.csv, alliance_members.csv). */
    void loadBrandsAndAlliances(Map<String, Long> organizations, Map<String, Long> enterprises) {
        for (Map<String, String> row : Csv.read("seeds/brands.csv")) {
            Long owner = required(organizations, row.get("organization"), "organization");
            brands.put(row.get("name"), refused("brands.csv", row, () -> brandService.create(
                    new BrandService.NewBrand(row.get("name"), row.get("slogan"), owner,
                            LocalDate.parse(row.get("foundedOn")), row.get("description")))).id());
        }
        Map<String, Long> alliances = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/alliances.csv")) {
            Long lead = required(organizations, row.get("lead"), "organization");
            alliances.put(row.get("key"), refused("alliances.csv", row, () -> allianceService.create(
                    new AllianceService.NewAlliance(row.get("name"), lead, date(row.get("foundedOn")),
                            row.get("description")))).id());
        }
        for (Map<String, String> row : Csv.read("seeds/alliance_members.csv")) {
            Long alliance = required(alliances, row.get("alliance"), "alliance");
            Long enterprise = row.get("enterprise") == null ? null
                    : required(enterprises, row.get("enterprise"), "enterprise");
            Long organization = row.get("organization") == null ? null
                    : required(organizations, row.get("organization"), "organization");
            refused("alliance_members.csv", row, () -> {
                long member = allianceService.join(alliance, enterprise, organization,
                        LocalDate.parse(row.get("joinedOn"))).id();
                return row.get("leftOn") == null ? null
                        : allianceService.leave(alliance, member, LocalDate.parse(row.get("leftOn")));
            });
        }
    }

    /**
     * {@code seeds/activities.csv} and the per-day attendance of its study sessions ({@code seeds/study-days.csv}),
     * through the activity services' rules (ACT1-ACT6, ACT12, ACT17): every listed member must be on the day's roll.
     */
    int loadActivities(Map<String, Long> organizations, Map<String, Long> members) {
        Map<String, List<StudySessionService.Day>> days = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/study-days.csv")) {
            days.computeIfAbsent(row.get("activity"), k -> new ArrayList<>()).add(new StudySessionService.Day(
                    LocalDate.parse(row.get("day")), sheet(row, members)));
        }
        int count = 0;
        for (Map<String, String> row : Csv.read("seeds/activities.csv")) {
            Long brand = row.get("brand") == null ? null : required(brands, row.get("brand"), "brand");
            Long organization = required(organizations, row.get("organization"), "organization");
            Activity.Details details = new Activity.Details(row.get("title"), LocalDate.parse(row.get("heldOn")),
                    date(row.get("endsOn")), row.get("location"), row.get("topic"), row.get("host"), null, brand);
            refused("activities.csv", row, () -> studySessions.record(new ActivityService.NewActivity(organization,
                    ActivityType.valueOf(row.get("type")), details, sheet(row, members)),
                    days.getOrDefault(row.get("key"), List.of()), LOCALE));
            count++;
        }
        return count;
    }

    private static Activity.Sheet sheet(Map<String, String> row, Map<String, Long> members) {
        return new Activity.Sheet(ids(row.get("present"), members), ids(row.get("excused"), members),
                ids(row.get("absent"), members));
    }

    private static List<Long> ids(String names, Map<String, Long> members) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String name : names.split(";")) {
            ids.add(required(members, name.strip(), "member"));
        }
        return ids;
    }

    /**
     * {@code seeds/honors.csv}: honors at each step of their workflow (rules AW10, AW11) in the year the row gives;
     * the service approves on the day of loading, so an award is dated that day.
     */
    void loadHonors(Map<String, Long> organizations, Map<String, Long> members) {
        LocalDate today = clock.today();
        for (Map<String, String> row : Csv.read("seeds/honors.csv")) {
            int year = today.getYear() - Integer.parseInt(row.get("yearsAgo"));
            Long member = row.get("member") == null ? null : required(members, row.get("member"), "member");
            Long organization = row.get("organization") == null ? null
                    : required(organizations, row.get("organization"), "organization");
            NominationState state = NominationState.valueOf(row.get("state"));
            refused("honors.csv", row, () -> {
                long honor = honorService.nominate(new HonorService.Nomination(HonorKind.valueOf(row.get("kind")),
                        HonorLevel.valueOf(row.get("level")), year, member, organization, row.get("citation"))).id();
                if (state != NominationState.NOMINATED) {
                    honorService.approve(honor);
                }
                return state == NominationState.AWARDED ? honorService.award(honor, today) : null;
            });
        }
    }

    /**
     * {@code seeds/medals.csv}: past rounds of the 50-year medal (rules AW1-AW7): the branch confirms the
     * candidate, the committee approves, the medal is awarded at the round's ceremony.
     */
    void loadMedals(Map<String, Long> members) {
        for (Map<String, String> row : Csv.read("seeds/medals.csv")) {
            int year = Integer.parseInt(row.get("year"));
            Long member = required(members, row.get("member"), "member");
            refused("medals.csv", row, () -> {
                medalService.confirm(year, member);
                medalService.approve(year, member);
                return medalService.award(year, member, LocalDate.parse(row.get("awardedOn")), null);
            });
        }
    }
}
