package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.member.entity.Steps;

class SeedMembersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("Demo members: invented names, valid unique fictional ID numbers, steps that pass the rules")
    void demoMembersAreValid() {
        List<Map<String, String>> rows = Csv.read("seeds/members.csv");
        Set<String> organizations = Csv.read("seeds/organizations.csv").stream().map(r -> r.get("key"))
                .collect(Collectors.toSet());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).extracting(r -> r.get("idNumber")).doesNotHaveDuplicates();
        for (Map<String, String> row : rows) {
            assertThat(row.get("name")).startsWith("示例");
            assertThat(organizations).contains(row.get("organization"));
            IdNumber id = IdNumber.parse(row.get("idNumber"), TODAY);
            assertThat(id.value()).startsWith("370700");
            Steps steps = new Steps(date(row.get("appliedOn")), date(row.get("activistOn")),
                    date(row.get("developmentTargetOn")), date(row.get("probationaryOn")), date(row.get("fullOn")));
            steps.check(id.birthDate(), null, TODAY);
        }
        assertThat(rows).as("the era without probation is represented").anySatisfy(r -> assertThat(
                new Steps(null, null, null, date(r.get("probationaryOn")), null).admittedWithoutProbation()).isTrue());
        assertThat(rows.stream().map(r -> new Steps(date(r.get("appliedOn")), date(r.get("activistOn")),
                date(r.get("developmentTargetOn")), date(r.get("probationaryOn")), date(r.get("fullOn"))).stage()))
                .contains(Stage.APPLICANT, Stage.ACTIVIST, Stage.PROBATIONARY, Stage.FULL);
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
