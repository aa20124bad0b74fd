package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.platform.DateRange;

/** Rule ACT21: a year's kept figures give the reports the rules give, on every day they are read. */
class ComplianceKeptTest {

    @Test
    @DisplayName("ACT21: a closed month, quarter or year, or the current one from its first day to today or later")
    void keptPeriods() {
        LocalDate today = day(2026, 12, 1);
        assertThat(kept(day(2025, 1, 1), day(2025, 12, 31), today)).isEqualTo("2025-01-01..2025-12-31");
        assertThat(kept(day(2026, 1, 1), today, today)).isEqualTo("2026-01-01..2026-12-31");
        assertThat(kept(day(2026, 1, 1), day(2026, 12, 31), today)).isEqualTo("2026-01-01..2026-12-31");
        assertThat(kept(day(2026, 7, 1), day(2026, 9, 30), today)).isEqualTo("2026-07-01..2026-09-30");
        assertThat(kept(day(2026, 10, 1), today, today)).isEqualTo("2026-10-01..2026-12-31");
        assertThat(kept(day(2026, 11, 1), day(2026, 11, 30), today)).isEqualTo("2026-11-01..2026-11-30");
        assertThat(kept(day(2026, 12, 1), today, today)).as("the shortest that holds today")
                .isEqualTo("2026-12-01..2026-12-31");
        assertThat(kept(day(2026, 1, 1), today.minusDays(1), today)).as("stops before today").isNull();
        assertThat(kept(day(2025, 1, 1), day(2025, 12, 30), today)).isNull();
        assertThat(kept(day(2025, 1, 2), day(2025, 12, 31), today)).isNull();
        assertThat(kept(day(2025, 1, 1), day(2026, 12, 31), today)).as("two years").isNull();
        assertThat(kept(day(2026, 8, 1), day(2026, 10, 31), today)).as("not a quarter").isNull();
        assertThat(kept(day(2027, 1, 1), day(2027, 12, 31), today)).as("not begun").isNull();

        assertThat(ComplianceKept.through(year(2025), today)).isEqualTo(day(2025, 12, 31));
        assertThat(ComplianceKept.through(year(2026), today)).isEqualTo(day(2026, 11, 30));
        assertThat(ComplianceKept.through(year(2026), day(2026, 12, 31))).isEqualTo(day(2026, 11, 30));
        assertThat(ComplianceKept.through(year(2026), day(2026, 1, 1))).isEqualTo(day(2025, 12, 31));
        assertThat(ComplianceKept.through(year(2026), day(2027, 1, 1))).isEqualTo(day(2026, 12, 31));
    }

    private static String kept(LocalDate from, LocalDate to, LocalDate today) {
        DateRange period = ComplianceKept.keptPeriod(from, to, today);
        return period == null ? null : period.from() + ".." + period.to();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static DateRange year(int year) {
        return DateRange.year(year);
    }

    @Test
    @DisplayName("ACT21: random registers: kept rows, read back on any day of the same closed months, give the reports")
    void keptRowsGiveTheReports() {
        Random random = new Random(20261201);
        // computed on the first day, read on the second: the same months are closed on both
        List<LocalDate[]> days = List.of(
                new LocalDate[] {LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)},
                new LocalDate[] {LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)},
                new LocalDate[] {LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)});
        int compared = 0;
        for (int round = 0; round < 30; round++) {
            TallyPlanTest.World world = TallyPlanTest.World.random(random);
            for (LocalDate[] day : days) {
                LocalDate computedOn = day[0];
                LocalDate readOn = day[1];
                for (DateRange request : requests(readOn)) {
                    LocalDate from = request.from();
                    LocalDate to = request.to();
                    DateRange period = ComplianceKept.keptPeriod(from, to, readOn);
                    assertThat(period).as("%s read on %s", request, readOn).isNotNull();
                    assertThat(ComplianceKept.through(period, computedOn))
                            .isEqualTo(ComplianceKept.through(period, readOn));
                    Map<Long, String> kept = new HashMap<>();
                    ComplianceRules.reports(world.fromActivities(period),
                            new ComplianceRules.Request(period.from(), period.to(), computedOn, false))
                            .forEach((id, report) -> kept.put(id, KeptFigures.encode(report.rows())));
                    List<OrganizationLife> organizations = world.organizations().stream()
                            .filter(o -> o.existedDuring(from, to)).toList();
                    Map<Long, List<ComplianceReport.Row>> rows = new HashMap<>();
                    organizations.forEach(o -> rows.put(o.id(), KeptFigures.decode(kept.get(o.id()))));
                    Map<Long, ComplianceReport> expected = new LinkedHashMap<>();
                    ComplianceRules.reports(world.fromActivities(request),
                            new ComplianceRules.Request(from, to, readOn, false)).forEach((id, report) -> {
                                if (rows.containsKey(id)) {
                                    expected.put(id, report);
                                }
                            });
                    assertThat(ComplianceKept.assemble(organizations, rows, from, to))
                            .as("round %d, %s read on %s", round, request, readOn)
                            .containsExactlyEntriesOf(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    /** The calendar years, quarters and months since 2024 that began by {@code today}; the current ones so far too. */
    private static List<DateRange> requests(LocalDate today) {
        List<DateRange> requests = new java.util.ArrayList<>();
        for (int months : new int[] {12, 3, 1}) {
            for (LocalDate first = LocalDate.of(2024, 1, 1); !first.isAfter(today); first = first.plusMonths(months)) {
                LocalDate last = first.plusMonths(months).minusDays(1);
                if (last.isBefore(today)) {
                    requests.add(DateRange.of(first, last));
                } else {
                    requests.add(DateRange.of(first, today));
                    requests.add(DateRange.of(first, last));
                }
            }
        }
        return requests;
    }

    @Test
    @DisplayName("ACT21: kept text leaves out only the rows that require and hold nothing, and reads back alike")
    void text() {
        ComplianceReport.Row monthly = new ComplianceReport.Row(ActivityType.THEMED_PARTY_DAY, Frequency.MONTHLY, 11,
                12, 10, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), null);
        ComplianceReport.Row nothingYet = ComplianceReport.Row.of(ActivityType.BRANCH_COMMITTEE_MEETING,
                Frequency.MONTHLY, 0, 0, 0);
        ComplianceReport.Row heldUnrequired = ComplianceReport.Row.of(ActivityType.STUDY_SESSION, Frequency.NONE, 0,
                3, 3);
        List<ComplianceReport.Row> rows = new java.util.ArrayList<>();
        for (ActivityType type : ActivityType.values()) {
            rows.add(switch (type) {
                case THEMED_PARTY_DAY -> monthly;
                case BRANCH_COMMITTEE_MEETING -> nothingYet;
                case STUDY_SESSION -> heldUnrequired;
                default -> ComplianceReport.Row.of(type, Frequency.NONE, 0, 0, 0);
            });
        }
        String text = KeptFigures.encode(rows);
        assertThat(text).isEqualTo("C,M,0,0,0,,;T,M,11,12,10,20454,20787;S,N,0,3,3,,");
        assertThat(KeptFigures.decode(text)).isEqualTo(rows);
        assertThat(KeptFigures.decode("")).hasSize(ActivityType.values().length)
                .allMatch(r -> r.frequency() == Frequency.NONE && r.required() == 0 && r.held() == 0);
        assertThatThrownBy(() -> KeptFigures.decode("T,M,1,2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeptFigures.decode("Z,M,1,2,3,,")).isInstanceOf(IllegalArgumentException.class);
        for (String damaged : List.of("T,M,1,2,3,4", "T,M,a,2,3,,", "T,M,1,2,3,,,", "T,M,,2,3,,",
                "T,W,1,2,3,,")) {
            assertThatThrownBy(() -> KeptFigures.decode(damaged)).as(damaged)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("ACT21: the periods refreshed ahead are those the home card, the table and \"behind\" open with")
    void openedPeriods() {
        DateRange year2025 = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        DateRange year2026 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        DateRange q4of2025 = DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        assertThat(ComplianceKept.opened(LocalDate.of(2026, 1, 1))).containsExactly(
                DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), year2025, q4of2025);
        assertThat(ComplianceKept.opened(LocalDate.of(2026, 2, 10))).containsExactly(
                DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), year2025, q4of2025);
        assertThat(ComplianceKept.opened(LocalDate.of(2026, 4, 1))).containsExactly(year2026, year2025,
                DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(ComplianceKept.opened(LocalDate.of(2026, 12, 31))).containsExactly(year2026, year2025,
                DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    }

    @Test
    @DisplayName("ACT21: many organizations to compute: by the parks they are in when few parks hold them, else at once")
    void plans() {
        // a city: its working committee and 40 parks of 1,250 organizations each
        List<OrganizationLife> city = new java.util.ArrayList<>();
        city.add(life(1, "/1/"));
        for (int park = 0; park < 40; park++) {
            long parkId = 1000 + park;
            city.add(life(parkId, "/1/" + parkId + "/"));
            for (int i = 1; i < 1250; i++) {
                city.add(life(parkId * 10_000 + i, "/1/" + parkId + "/" + (parkId * 10_000 + i) + "/"));
            }
        }
        List<OrganizationLife> few = city.subList(0, 30);
        assertThat(ComplianceKept.plan(city, few, "")).isEqualTo(new ComplianceKept.Plan(few, Map.of()));

        List<OrganizationLife> twoParks = new java.util.ArrayList<>(city.subList(2, 102));
        twoParks.addAll(city.subList(1252, 1255));
        twoParks.add(city.get(0));
        ComplianceKept.Plan concentrated = ComplianceKept.plan(city, twoParks, "");
        assertThat(concentrated.subtrees()).as("100 in one park: a pass over that park").containsOnlyKeys("/1/1000/");
        assertThat(concentrated.oneByOne()).as("3 in another and the committee: one by one")
                .containsExactlyInAnyOrderElementsOf(List.of(city.get(0), city.get(1252), city.get(1253),
                        city.get(1254)));

        List<OrganizationLife> spread = new java.util.ArrayList<>();
        for (int park = 0; park < 40; park++) {
            spread.addAll(city.subList(2 + park * 1250, 2 + park * 1250 + 5));
        }
        assertThat(ComplianceKept.plan(city, spread, "")).as("5 in each park: one pass over the city")
                .isEqualTo(new ComplianceKept.Plan(List.of(), Map.of("", spread)));

        List<OrganizationLife> park = city.subList(1, 1251);
        ComplianceKept.Plan onePark = ComplianceKept.plan(park, park.subList(0, 200), "/1/1000/");
        assertThat(onePark).as("a report on one park: a pass over it")
                .isEqualTo(new ComplianceKept.Plan(List.of(), Map.of("/1/1000/", park.subList(0, 200))));
    }

    private static OrganizationLife life(long id, String path) {
        return new OrganizationLife(id, "组织" + id, org.partyregistry.organization.entity.OrganizationType.BRANCH,
                null, path, LocalDate.of(2000, 1, 1), null);
    }
}
