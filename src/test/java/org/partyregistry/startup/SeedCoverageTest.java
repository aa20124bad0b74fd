package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.member.entity.Steps;

/**
 * What the demo must show once loaded through the services: enterprises in the coverage report's ELIGIBLE base
 * (3+ full members working there), one of them without its own organization (it should form one), and the first
 * medal round (2021) with an awardee who was a candidate then.
 */
class SeedCoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    @DisplayName("the demo's work units put enterprises in the ELIGIBLE base, one of which should form its own")
    void eligibleBaseAndShouldFormOwn() {
        Map<String, String> movedTo = new HashMap<>();
        Csv.read("seeds/transfers.csv").forEach(t -> movedTo.put(t.get("member"), t.get("workUnit")));
        Map<String, Long> fullByWorkUnit = new TreeMap<>(Csv.read("seeds/members.csv").stream()
                .filter(m -> m.get("workUnit") != null && (m.get("status") == null
                        || "SUSPENDED".equals(m.get("status"))))
                .filter(m -> SeedTermsTest.fullOn(m, TODAY))
                .collect(Collectors.groupingBy(m -> movedTo.getOrDefault(m.get("name"), m.get("workUnit")),
                        Collectors.counting())));
        Map<String, String> ownOrganization = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/organizations.csv")) {
            if (row.get("enterprises") != null && !"JOINT_BRANCH".equals(row.get("type"))) {
                for (String key : row.get("enterprises").split(";")) {
                    ownOrganization.put(key.strip(), row.get("key"));
                }
            }
        }
        Set<String> eligible = fullByWorkUnit.entrySet().stream().filter(e -> e.getValue() >= 3)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(eligible).as("enterprises with 3+ full members")
                .containsExactlyInAnyOrder("yunfan", "xinghe", "j1");
        assertThat(eligible.stream().filter(e -> !ownOrganization.containsKey(e)).toList())
                .as("should form their own organization").containsExactly("j1");
    }

    @Test
    @DisplayName("AW1, AW7 the demo's 2021 medal round: a living member with 50 years' standing on 2021-07-01")
    void firstRound() {
        Map<String, Map<String, String>> members = new HashMap<>();
        Csv.read("seeds/members.csv").forEach(m -> members.put(m.get("name"), m));
        List<Map<String, String>> medals = Csv.read("seeds/medals.csv");
        assertThat(medals).anySatisfy(row -> {
            assertThat(row.get("year")).isEqualTo("2021");
            assertThat(LocalDate.parse(row.get("awardedOn"))).hasYear(2021);
            Map<String, String> member = members.get(row.get("member"));
            assertThat(member.get("status")).as("living and active").isNull();
            Steps steps = new Steps(null, null, null, LocalDate.parse(member.get("probationaryOn")), null);
            assertThat(steps.standingStart()).isBeforeOrEqualTo(Medal50.latestStart(2021));
        });
    }
}
