package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.testsupport.Ids;

/** The demo's terms fit rule O12: a branch's seats follow its full members (groups included) on the election date. */
class SeedTermsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    @DisplayName("O12 every seeded branch term has seats that fit the seeded full members on its election date")
    void seededSeatsFitTheFullMembers() {
        Map<String, Map<String, String>> organizations = new HashMap<>();
        Csv.read("seeds/organizations.csv").forEach(r -> organizations.put(r.get("key"), r));
        List<Map<String, String>> members = Csv.read("seeds/members.csv");
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(1991, 11, 1), TODAY), 1);
        zone.anchor();
        int checked = 0;
        long id = 2;
        for (Map<String, String> row : Csv.read("seeds/terms.csv")) {
            Map<String, String> org = organizations.get(row.get("organization"));
            OrganizationType type = OrganizationType.valueOf(org.get("type"));
            if (!type.isBranch()) {
                continue;
            }
            Organization branch = Ids.withId(new Organization(org.get("name"), type, zone,
                    LocalDate.parse(org.get("establishedOn")), TODAY), id++);
            branch.anchor();
            LocalDate electedOn = LocalDate.parse(row.get("electedOn"));
            long fullMembers = members.stream()
                    .filter(m -> within(m.get("organization"), row.get("organization"), organizations))
                    .filter(m -> fullOn(m, electedOn)).count();
            Term term = new Term(branch, null, Integer.parseInt(row.get("number")), electedOn, null,
                    Integer.valueOf(row.get("seats")), null, null, TODAY);
            assertThatCode(() -> term.requireSeatsFit(fullMembers))
                    .as(row.get("organization") + " term " + row.get("number") + " with " + fullMembers + " full")
                    .doesNotThrowAnyException();
            checked++;
        }
        assertThat(checked).as("branch terms checked").isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("O12 the 云帆 branch, whose committee meetings the demo shows, had 7 full members at both elections")
    void yunfanHadSeven() {
        Map<String, Map<String, String>> organizations = new HashMap<>();
        Csv.read("seeds/organizations.csv").forEach(r -> organizations.put(r.get("key"), r));
        List<Map<String, String>> members = Csv.read("seeds/members.csv");
        for (LocalDate electedOn : List.of(LocalDate.of(2021, 1, 8), LocalDate.of(2024, 1, 10))) {
            assertThat(members.stream().filter(m -> within(m.get("organization"), "swp-yunfan", organizations))
                    .filter(m -> fullOn(m, electedOn)).count()).as(electedOn.toString()).isEqualTo(7);
        }
    }

    @Test
    @DisplayName("O12 every seeded term's eligible voters are the full members then, and no more votes were cast")
    void seededVotersFitTheRoster() {
        Map<String, Map<String, String>> organizations = new HashMap<>();
        Csv.read("seeds/organizations.csv").forEach(r -> organizations.put(r.get("key"), r));
        List<Map<String, String>> members = Csv.read("seeds/members.csv");
        List<Map<String, String>> terms = Csv.read("seeds/terms.csv");
        for (Map<String, String> row : terms) {
            LocalDate electedOn = LocalDate.parse(row.get("electedOn"));
            long fullMembers = members.stream()
                    .filter(m -> within(m.get("organization"), row.get("organization"), organizations))
                    .filter(m -> fullOn(m, electedOn)).count();
            assertThat(Long.valueOf(row.get("eligibleVoters")))
                    .as(row.get("organization") + " term " + row.get("number")).isEqualTo(fullMembers);
            assertThat(Integer.parseInt(row.get("votesCast"))).as(row.get("organization") + " votes")
                    .isLessThanOrEqualTo(Integer.parseInt(row.get("eligibleVoters")));
            assertThat(Integer.parseInt(row.get("seats"))).as(row.get("organization") + " seats")
                    .isLessThanOrEqualTo((int) fullMembers);
        }
        assertThat(terms).hasSizeGreaterThanOrEqualTo(9);
    }

    /** Is organization {@code key} the branch or one below it? */
    static boolean within(String key, String branch, Map<String, Map<String, String>> organizations) {
        for (String k = key; k != null; k = organizations.get(k).get("parent")) {
            if (k.equals(branch)) {
                return true;
            }
        }
        return false;
    }

    /** A full member on the date, not removed or deceased by then (the count rule O12 uses). */
    static boolean fullOn(Map<String, String> m, LocalDate date) {
        Steps steps = new Steps(date(m.get("appliedOn")), date(m.get("activistOn")),
                date(m.get("developmentTargetOn")), date(m.get("probationaryOn")), date(m.get("fullOn")));
        boolean full = steps.fullOn() != null && !steps.fullOn().isAfter(date)
                || steps.admittedWithoutProbation() && !steps.probationaryOn().isAfter(date);
        String status = m.get("status");
        boolean gone = ("REMOVED".equals(status) || "DECEASED".equals(status))
                && !LocalDate.parse(m.get("statusSince")).isAfter(date);
        return full && !gone;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
