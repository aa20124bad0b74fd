package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeedBrandsTest {

    private static Set<String> keys(String file) {
        return Csv.read(file).stream().map(r -> r.get("key")).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("The source article's two brands, of the software park committee and the creative park general branch")
    void brands() {
        List<Map<String, String>> brands = Csv.read("seeds/brands.csv");
        assertThat(brands).extracting(r -> r.get("name") + "@" + r.get("organization"))
                .containsExactlyInAnyOrder("e企创@swp", "创意党建@cci");
        assertThat(brands).allSatisfy(r -> assertThat(r.get("slogan")).isNotBlank());
    }

    @Test
    @DisplayName("The city's first internet-enterprise alliance, led by the software park committee, with park members")
    void alliance() {
        List<Map<String, String>> alliances = Csv.read("seeds/alliances.csv");
        assertThat(alliances).singleElement().satisfies(a -> {
            assertThat(a.get("name")).isEqualTo("潍坊市首个互联网企业党建联盟");
            assertThat(a.get("lead")).isEqualTo("swp");
        });
        Set<String> enterprises = keys("seeds/enterprises.csv");
        Set<String> organizations = keys("seeds/organizations.csv");
        Map<String, String> parks = Csv.read("seeds/enterprises.csv").stream()
                .collect(Collectors.toMap(r -> r.get("key"), r -> r.get("park")));
        List<Map<String, String>> members = Csv.read("seeds/alliance_members.csv");
        assertThat(members).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, String> m : members) {
            assertThat(m.get("alliance")).isEqualTo("internet");
            if (m.get("enterprise") != null) {
                assertThat(enterprises).contains(m.get("enterprise"));
                assertThat(parks.get(m.get("enterprise"))).isEqualTo("潍坊软件园");
            } else {
                assertThat(organizations).contains(m.get("organization"));
            }
        }
    }
}
