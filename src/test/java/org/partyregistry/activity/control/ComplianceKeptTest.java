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
    @DisplayName("ACT21: a whole closed year, or the current year from 1 January to today or later, is kept")
    void keptYears() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(ComplianceKept.keptYear(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), today))
                .isEqualTo(2025);
        assertThat(ComplianceKept.keptYear(LocalDate.of(2026, 1, 1), today, today)).isEqualTo(2026);
        assertThat(ComplianceKept.keptYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), today))
                .isEqualTo(2026);
        assertThat(ComplianceKept.keptYear(LocalDate.of(2026, 1, 1), today.minusDays(1), today)).isNull();
        assertThat(ComplianceKept.keptYear(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30), today)).isNull();
        assertThat(ComplianceKept.keptYear(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 31), today)).isNull();
        assertThat(ComplianceKept.keptYear(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), today)).isNull();
        assertThat(ComplianceKept.keptYear(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), today)).isNull();

        assertThat(ComplianceKept.through(2025, today)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ComplianceKept.through(2026, today)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ComplianceKept.through(2026, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ComplianceKept.through(2026, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ComplianceKept.through(2026, LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
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
                for (int year = 2024; year <= computedOn.getYear(); year++) {
                    LocalDate first = LocalDate.of(year, 1, 1);
                    LocalDate last = LocalDate.of(year, 12, 31);
                    assertThat(ComplianceKept.through(year, computedOn))
                            .isEqualTo(ComplianceKept.through(year, readOn));
                    ComplianceRules.Facts yearFacts = world.fromActivities(DateRange.of(first, last));
                    Map<Long, String> kept = new HashMap<>();
                    ComplianceRules.reports(yearFacts, new ComplianceRules.Request(first, last, computedOn, false))
                            .forEach((id, report) -> kept.put(id, KeptFigures.encode(report.rows())));
                    for (LocalDate to : year < readOn.getYear() ? List.of(last) : List.of(readOn, last)) {
                        assertThat(ComplianceKept.keptYear(first, to, readOn)).isEqualTo(year);
                        List<OrganizationLife> organizations = world.organizations().stream()
                                .filter(o -> o.existedDuring(first, to)).toList();
                        Map<Long, List<ComplianceReport.Row>> rows = new HashMap<>();
                        organizations.forEach(o -> rows.put(o.id(), KeptFigures.decode(kept.get(o.id()))));
                        Map<Long, ComplianceReport> expected = new LinkedHashMap<>();
                        ComplianceRules.reports(world.fromActivities(DateRange.of(first, to)),
                                new ComplianceRules.Request(first, to, readOn, false)).forEach((id, report) -> {
                                    if (rows.containsKey(id)) {
                                        expected.put(id, report);
                                    }
                                });
                        assertThat(ComplianceKept.assemble(organizations, rows, first, to))
                                .as("round %d, %d to %s read on %s", round, year, to, readOn)
                                .containsExactlyEntriesOf(expected);
                        compared += expected.size();
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
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
    }
}
