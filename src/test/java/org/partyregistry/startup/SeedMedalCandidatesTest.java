package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.PartyStanding;
import org.partyregistry.member.entity.Steps;

class SeedMedalCandidatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("AW1, AW2 the demo data has 2026 medal candidates, and old members who are not (suspension, death)")
    void demoCandidates() {
        Map<String, Integer> years = new TreeMap<>();
        Map<String, Boolean> candidate = new TreeMap<>();
        for (Map<String, String> row : Csv.read("seeds/members.csv")) {
            IdNumber id = IdNumber.parse(row.get("idNumber"), TODAY);
            Steps steps = new Steps(date(row.get("appliedOn")), date(row.get("activistOn")),
                    date(row.get("developmentTargetOn")), date(row.get("probationaryOn")), date(row.get("fullOn")));
            steps.check(id.birthDate(), null, TODAY);
            LocalDate start = steps.standingStart();
            if (start == null || start.isAfter(Medal50.latestStart(2026))) {
                continue;
            }
            List<org.partyregistry.member.entity.Suspension> suspensions = SeedLoader.suspensions(
                    row.get("suspensions"));
            years.put(row.get("name"), PartyStanding.years(start, suspensions, Medal50.measuredOn(2026)));
            candidate.put(row.get("name"), row.get("status") == null
                    && PartyStanding.years(start, suspensions, Medal50.measuredOn(2026)) >= Medal50.YEARS);
        }
        assertThat(years).containsEntry("示例老党员甲", 51).containsEntry("示例老党员乙", 50)
                .containsEntry("示例老党员丙", 48);
        assertThat(candidate).containsEntry("示例老党员甲", true).containsEntry("示例老党员乙", true)
                .containsEntry("示例老党员丙", false).containsEntry("示例老党员丁", false);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
