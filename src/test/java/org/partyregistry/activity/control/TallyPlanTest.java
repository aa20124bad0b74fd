package org.partyregistry.activity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.TallyRow;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.DateRange;

/** Rule ACT20: reading the activities through the tally changes no figure of rules ACT8, ACT15, ACT16, ACT18. */
class TallyPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    @DisplayName("ACT20: a calendar year that ended is read from year rows, with no days and no months")
    void lastYearFromYearRows() {
        TallyPlan plan = TallyPlan.of(DateRange.year(2025), TODAY);
        assertThat(plan.days()).isEmpty();
        assertThat(plan.months()).isEmpty();
        assertThat(plan.years()).isEqualTo(new TallyPlan.KeyRange(2025, 2025));
    }

    @Test
    @DisplayName("ACT20: cut months come from the days, the year in progress from month rows")
    void cutEndsAndYearInProgress() {
        TallyPlan plan = TallyPlan.of(DateRange.of(LocalDate.of(2024, 3, 15), LocalDate.of(2026, 11, 20)), TODAY);
        assertThat(plan.days()).containsExactly(DateRange.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 31)),
                DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)));
        assertThat(plan.years()).isEqualTo(new TallyPlan.KeyRange(2025, 2025));
        assertThat(plan.months()).containsExactly(new TallyPlan.KeyRange(202404, 202412),
                new TallyPlan.KeyRange(202601, 202610));
        assertThat(TallyPlan.of(DateRange.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 20)), TODAY).days())
                .containsExactly(DateRange.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 20)));
    }

    @Test
    @DisplayName("ACT20: a committee in office only part of a year makes its committee meetings read by month")
    void partCommitteeReadsMonths() {
        OrganizationLife branch = new OrganizationLife(1L, "b", OrganizationType.BRANCH, null, "/1/",
                LocalDate.of(2020, 1, 1), null);
        List<CommitteeSpan> spans = List.of(new CommitteeSpan(1L, LocalDate.of(2025, 6, 10), null,
                LocalDate.of(2020, 1, 1), MemberStatus.ACTIVE, null, null, 9L));
        assertThat(TallyPlan.wholeYear(branch, 2025, ActivityType.BRANCH_COMMITTEE_MEETING,
                ComplianceRules.committeeOn(spans))).isFalse();
        assertThat(TallyPlan.wholeYear(branch, 2025, ActivityType.THEMED_PARTY_DAY,
                ComplianceRules.committeeOn(spans))).isTrue();
        assertThat(TallyPlan.wholeYear(branch, 2026, ActivityType.BRANCH_COMMITTEE_MEETING,
                ComplianceRules.committeeOn(spans))).isTrue();
    }

    @Test
    @DisplayName("ACT20: random registers give the same reports from the tally as from the activities")
    void sameReportsAsFromActivities() {
        Random random = new Random(20261130);
        for (int round = 0; round < 40; round++) {
            World world = World.random(random);
            for (DateRange period : List.of(DateRange.year(2025), DateRange.year(2024),
                    DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 30)),
                    DateRange.of(LocalDate.of(2024, 2, 17), LocalDate.of(2026, 3, 9)),
                    DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)))) {
                ComplianceRules.Request request = new ComplianceRules.Request(period.from(), period.to(), TODAY,
                        false);
                assertThat(ComplianceRules.reports(world.tallied(period), request))
                        .as("round %d, %s", round, period)
                        .isEqualTo(ComplianceRules.reports(world.fromActivities(period), request));
            }
        }
    }

    /** A few branches with groups, random lives, committees and activities (some invalid). */
    record World(List<OrganizationLife> organizations, Map<Long, List<CommitteeSpan>> committees,
                         List<HeldCount> activities) {

        static World random(Random random) {
            List<OrganizationLife> organizations = new ArrayList<>();
            Map<Long, List<CommitteeSpan>> committees = new HashMap<>();
            List<HeldCount> activities = new ArrayList<>();
            long id = 1;
            for (int b = 0; b < 4; b++) {
                long branchId = id++;
                LocalDate established = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1200));
                LocalDate dissolved = random.nextInt(4) == 0 ? established.plusDays(100 + random.nextInt(600)) : null;
                organizations.add(new OrganizationLife(branchId, "b" + branchId, OrganizationType.BRANCH, null,
                        "/" + branchId + "/", established, dissolved));
                committees.put(branchId, List.of(new CommitteeSpan(branchId,
                        LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)), null, LocalDate.of(2020, 1, 1),
                        MemberStatus.ACTIVE, null, null, 5L + random.nextInt(6))));
                activities(random, branchId, established, dissolved, List.of(ActivityType.values()), activities);
                long groupId = id++;
                LocalDate groupFrom = established.plusDays(random.nextInt(200));
                organizations.add(new OrganizationLife(groupId, "g" + groupId, OrganizationType.GROUP, branchId,
                        "/" + branchId + "/" + groupId + "/", groupFrom, dissolved));
                activities(random, groupId, groupFrom, dissolved, List.of(ActivityType.GROUP_MEETING), activities);
            }
            return new World(organizations, committees, activities);
        }

        private static void activities(Random random, long organizationId, LocalDate from, LocalDate dissolved,
                                       List<ActivityType> types, List<HeldCount> activities) {
            LocalDate end = dissolved == null || dissolved.isAfter(TODAY) ? TODAY : dissolved;
            for (LocalDate day = from; !day.isAfter(end); day = day.plusDays(1 + random.nextInt(9))) {
                activities.add(new HeldCount(Long.valueOf(organizationId), types.get(random.nextInt(types.size())),
                        Boolean.valueOf(random.nextInt(10) > 0), day, Long.valueOf(1)));
            }
        }

        ComplianceRules.Facts fromActivities(DateRange period) {
            Map<Long, List<HeldCount>> held = new HashMap<>();
            activities.stream().filter(a -> period.contains(a.heldOn()))
                    .forEach(a -> held.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a));
            return new ComplianceRules.Facts(organizations, held, committees, frequencies());
        }

        ComplianceRules.Facts tallied(DateRange period) {
            Map<Long, OrganizationLife> byId = new HashMap<>();
            organizations.forEach(o -> byId.put(o.id(), o));
            Map<Long, List<HeldCount>> held = new HashMap<>();
            TallyPlan plan = TallyPlan.of(period, TODAY);
            plan.days().forEach(days -> activities.stream().filter(a -> days.contains(a.heldOn()))
                    .forEach(a -> held.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a)));
            List<TallyRow> months = rows(a -> a.heldOn().getYear() * 100 + a.heldOn().getMonthValue());
            List<TallyRow> years = rows(a -> a.heldOn().getYear());
            for (TallyPlan.KeyRange keys : plan.months()) {
                TallyPlan.addMonths(months.stream().filter(r -> keys.contains(r.periodKey())), null, byId, held);
            }
            if (plan.years() != null) {
                Set<TallyPlan.Need> needs = TallyPlan.addYears(years.stream()
                        .filter(r -> plan.years().contains(r.periodKey())), byId, committees, held);
                TallyPlan.addMonths(months.stream().filter(r -> plan.monthsOfYears().contains(r.periodKey())),
                        needs, byId, held);
            }
            return new ComplianceRules.Facts(organizations, held, committees, frequencies());
        }

        /** The tally's rows as ActivityTally's rebuild makes them. */
        private List<TallyRow> rows(Function<HeldCount, Integer> key) {
            Map<String, int[]> counts = new TreeMap<>();
            for (HeldCount a : activities) {
                int[] c = counts.computeIfAbsent(a.organizationId() + ":" + a.type().name() + ":" + key.apply(a),
                        k -> new int[2]);
                c[0]++;
                c[1] += a.valid() ? 1 : 0;
            }
            List<TallyRow> rows = new ArrayList<>();
            counts.forEach((k, c) -> {
                String[] parts = k.split(":");
                rows.add(new TallyRow(Long.valueOf(parts[0]), parts[1], Integer.valueOf(parts[2]), c[0], c[1]));
            });
            return rows;
        }

        private static Map<OrganizationType, Map<ActivityType, org.partyregistry.activity.entity.Frequency>>
                frequencies() {
            return ComplianceFixture.defaults()
                    .require(OrganizationType.BRANCH, ActivityType.STUDY_SESSION,
                            org.partyregistry.activity.entity.Frequency.NONE)
                    .facts().frequencies();
        }
    }
}
