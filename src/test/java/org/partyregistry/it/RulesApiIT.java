package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Fixtures;

/**
 * Issue 14's rules on a real Payara Micro and database: retyping re-checks the linked enterprises (O11), merging
 * moves the members and dissolving with members is refused (O13, M21), branch committee seats follow the full
 * members on the election date (O12), size warnings (O15), an open term's expiry moves by at most a year (O14),
 * and medal candidates for planning years ahead (AW13). Each test builds its own organizations and members.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RulesApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    long zone;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        zone = fixtures.organization("规则工委", "WORKING_COMMITTEE", null);
    }

    private JsonObject organization(long id) {
        Api.Reply reply = api.get("/api/organizations/" + id, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private List<Long> fullMembers(String name, long organization, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(fixtures.fullMember(name + i, organization));
        }
        return ids;
    }

    @Test
    @DisplayName("O11 a joint branch of 4 enterprises refused as a branch: 400 on type, type and links unchanged")
    void retypeRechecksEnterprises() {
        long park = fixtures.park("规则园区");
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            units.add(fixtures.enterprise(park, "规则企业" + i).create());
        }
        Api.Reply founded = api.post("/api/organizations", json("name", fixtures.tagged("规则联合支部"),
                "type", "JOINT_BRANCH", "parentId", zone, "establishedOn", "2020-01-01", "enterpriseIds", units),
                ADMIN, ADMIN_PASSWORD);
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        long joint = founded.id();
        long version = organization(joint).getJsonNumber("version").longValue();

        Api.Reply retyped = api.put("/api/organizations/" + joint, json("type", "BRANCH", "version", version),
                ADMIN, ADMIN_PASSWORD);
        assertThat(retyped.status()).as(retyped.toString()).isEqualTo(400);
        assertThat(retyped.errorFields()).containsExactly("type");
        assertThat(retyped.errorMessage()).contains("4");
        JsonObject after = organization(joint);
        assertThat(after.getString("type")).isEqualTo("JOINT_BRANCH");
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(after.getJsonArray("enterpriseIds")).hasSize(4);
    }

    @Test
    @DisplayName("O13 M21 a merge moves every member on the roster to the target that day, audited; the dead stay")
    void mergeMovesMembers() {
        long source = fixtures.organization("规则被合并支部", "BRANCH", zone);
        long target = fixtures.organization("规则合并目标支部", "BRANCH", zone);
        List<Long> moving = fullMembers("规则党员", source, 2);
        long suspended = fixtures.member("规则失联党员", source).full()
                .with("status", "SUSPENDED", "statusSince", "2025-01-01").create();
        long deceased = fixtures.member("规则已故党员", source).full()
                .with("status", "DECEASED", "statusSince", "2024-01-01").create();
        Fixtures.Account secretary = fixtures.secretary("rules-sec-" + fixtures.tag(), "Rules2026pw", source);

        Api.Reply merged = api.post("/api/organizations/" + source + "/merge", json("targetId", target, "on", TODAY),
                ADMIN, ADMIN_PASSWORD);
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        List<Long> moved = new ArrayList<>(moving);
        moved.add(suspended);
        for (long member : moved) {
            JsonObject view = api.get("/api/members/" + member, ADMIN, ADMIN_PASSWORD).object();
            assertThat(view.getJsonNumber("organizationId").longValue()).as("member " + member).isEqualTo(target);
            List<JsonObject> transfers = api.get("/api/members/" + member + "/transfers", ADMIN, ADMIN_PASSWORD)
                    .array().stream().map(JsonObject.class::cast).toList();
            assertThat(transfers).hasSize(1);
            assertThat(transfers.get(0).getBoolean("byMerge")).isTrue();
            assertThat(transfers.get(0).getString("on")).isEqualTo(TODAY.toString());
            assertThat(transfers.get(0).getString("status")).isEqualTo("RECEIVED");
            assertThat(transfers.get(0).getJsonNumber("toOrganizationId").longValue()).isEqualTo(target);
            assertThat(audits("Member", member, "MERGE_MOVE")).as("member " + member).isEqualTo(1);
        }
        assertThat(api.get("/api/members/" + deceased, ADMIN, ADMIN_PASSWORD).object()
                .getJsonNumber("organizationId").longValue()).isEqualTo(source);
        assertThat(audits("UserAccount", secretary.id(), "MERGE_MOVE")).isEqualTo(1);
        assertThat(api.get("/api/organizations/" + target, secretary.username(), secretary.password()).status())
                .as("the secretary's account followed the merge").isEqualTo(200);
    }

    private long audits(String entityType, long entityId, String action) {
        return api.get("/api/audit?entityType=" + entityType + "&entityId=" + entityId + "&action=" + action, ADMIN,
                ADMIN_PASSWORD).array().size();
    }

    @Test
    @DisplayName("O13 dissolving a branch with 2 members is 409 naming them; nothing changes; once empty it dissolves")
    void dissolveWithMembersRefused() {
        long branch = fixtures.organization("规则待撤销支部", "BRANCH", zone);
        long other = fixtures.organization("规则接收支部", "BRANCH", zone);
        List<Long> members = fullMembers("规则留守党员", branch, 2);
        Api.Reply refused = api.post("/api/organizations/" + branch + "/dissolve",
                json("on", TODAY, "reason", "企业迁出"), ADMIN, ADMIN_PASSWORD, "en");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorMessage()).contains("still has 2 members").contains("merge");
        assertThat(organization(branch).getString("status")).isEqualTo("ACTIVE");

        for (long member : members) {
            Api.Reply sent = api.post("/api/members/" + member + "/transfers",
                    json("toOrganizationId", other, "on", TODAY), ADMIN, ADMIN_PASSWORD);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            Api.Reply received = api.post("/api/transfers/" + sent.id() + "/receive", json("on", TODAY),
                    ADMIN, ADMIN_PASSWORD);
            assertThat(received.status()).as(received.toString()).isEqualTo(200);
        }
        Api.Reply dissolved = api.post("/api/organizations/" + branch + "/dissolve",
                json("on", TODAY, "reason", "企业迁出"), ADMIN, ADMIN_PASSWORD);
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("O12 a branch with 6 full members on the election date: 3 seats 400 naming 6, 2 seats 201")
    void sixFullMembers() {
        long branch = fixtures.organization("规则六人支部", "BRANCH", zone);
        List<Long> six = fullMembers("规则委员", branch, 6);
        fixtures.member("规则后转正党员", branch).probationaryOn(LocalDate.of(2023, 7, 1))
                .fullOn(LocalDate.of(2024, 7, 1)).create(); // full after the election: not counted
        Api.Reply three = api.post("/api/organizations/" + branch + "/terms",
                json("number", 1, "electedOn", "2024-03-01", "seats", 3), ADMIN, ADMIN_PASSWORD, "en");
        assertThat(three.status()).as(three.toString()).isEqualTo(400);
        assertThat(three.errorFields()).containsExactly("seats");
        assertThat(three.errorMessage()).contains("had 6 full members");
        assertThat(api.get("/api/organizations/" + branch + "/terms", ADMIN, ADMIN_PASSWORD).array()).isEmpty();
        Api.Reply two = api.post("/api/organizations/" + branch + "/terms",
                json("number", 1, "electedOn", "2024-03-01", "seats", 2), ADMIN, ADMIN_PASSWORD);
        assertThat(two.status()).as(two.toString()).isEqualTo(201);
        Api.Reply portfolio = api.put("/api/terms/" + two.id() + "/committee", json("holders", List.of(
                json("memberId", six.get(0), "seat", "SECRETARY"), json("memberId", six.get(1), "seat",
                        "ORGANIZATION"))), ADMIN, ADMIN_PASSWORD);
        assertThat(portfolio.status()).as("2 seats: a secretary and a deputy only").isEqualTo(400);
        assertThat(api.put("/api/terms/" + two.id() + "/committee", json("holders", List.of(
                json("memberId", six.get(0), "seat", "SECRETARY"), json("memberId", six.get(1), "seat",
                        "DEPUTY_SECRETARY"))), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("O12 a joint branch with 7 full members: 2 seats 400 naming 7, 3 seats 201; 8 seats 400")
    void sevenFullMembers() {
        long joint = fixtures.organization("规则七人联合支部", "JOINT_BRANCH", zone);
        long group = fixtures.organization("规则七人小组", "GROUP", joint);
        fullMembers("规则支委", joint, 6);
        fixtures.fullMember("规则小组党员", group); // the groups' members count for their branch
        Api.Reply two = api.post("/api/organizations/" + joint + "/terms",
                json("number", 1, "electedOn", "2024-03-01", "seats", 2), ADMIN, ADMIN_PASSWORD, "en");
        assertThat(two.status()).as(two.toString()).isEqualTo(400);
        assertThat(two.errorMessage()).contains("had 7 full members");
        assertThat(api.post("/api/organizations/" + joint + "/terms",
                json("number", 1, "electedOn", "2024-03-01", "seats", 8), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(400);
        assertThat(api.post("/api/organizations/" + joint + "/terms",
                json("number", 1, "electedOn", "2024-03-01", "seats", 3), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    @DisplayName("O15 a branch of 51 members is warned OVER_50 in scope, one of 50 is not; a sibling's secretary "
            + "does not see it")
    void sizeWarnings() {
        long big = fixtures.organization("规则大支部", "BRANCH", zone);
        long fifty = fixtures.organization("规则五十人支部", "BRANCH", zone);
        long small = fixtures.organization("规则小支部", "BRANCH", zone);
        fullMembers("规则大支部党员", big, 51);
        fullMembers("规则五十人支部党员", fifty, 49);
        fixtures.member("规则预备党员", fifty).probationaryOn(TODAY.minusMonths(2)).create();
        fixtures.member("规则申请人", fifty).with("appliedOn", TODAY.minusMonths(1)).create(); // not yet a member
        List<JsonObject> warnings = api.get("/api/organizations/warnings", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(JsonObject.class::cast).toList();
        JsonObject warning = warnings.stream().filter(w -> w.getJsonNumber("organizationId").longValue() == big)
                .findFirst().orElseThrow();
        assertThat(warning.getString("kind")).isEqualTo("OVER_50");
        assertThat(warning.getInt("members")).isEqualTo(51);
        assertThat(warning.getString("name")).isEqualTo(fixtures.tagged("规则大支部"));
        assertThat(warnings).extracting(w -> w.getJsonNumber("organizationId").longValue())
                .doesNotContain(fifty, small);
        Fixtures.Account secretary = fixtures.secretary("rules-small-" + fixtures.tag(), "Rules2026pw", small);
        assertThat(api.get("/api/organizations/warnings", secretary.username(), secretary.password()).array())
                .isEmpty();
    }

    @Test
    @DisplayName("O14 a term postponed by 1 year and 1 day is 400; by exactly 1 year 200 with history; stale 409")
    void postponeTerm() {
        long branch = fixtures.organization("规则延期支部", "BRANCH", zone);
        LocalDate elected = TODAY.minusYears(2);
        long term = fixtures.term(branch, 1, elected, 1);
        LocalDate original = elected.plusYears(3);
        JsonObject read = api.get("/api/terms/" + term, ADMIN, ADMIN_PASSWORD).object();
        long version = read.getJsonNumber("version").longValue();
        assertThat(read.getString("originalExpiresOn")).isEqualTo(original.toString());
        assertThat(read.getJsonArray("history")).isEmpty();

        Api.Reply tooFar = api.put("/api/terms/" + term, json("expiresOn", original.plusYears(1).plusDays(1),
                "reason", "上级党组织批准延期", "approvedOn", TODAY, "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(tooFar.status()).as(tooFar.toString()).isEqualTo(400);
        assertThat(tooFar.errorFields()).containsExactly("expiresOn");
        assertThat(api.get("/api/terms/" + term, ADMIN, ADMIN_PASSWORD).object().getString("expiresOn"))
                .isEqualTo(original.toString());

        Api.Reply postponed = api.put("/api/terms/" + term, json("expiresOn", original.plusYears(1),
                "reason", "上级党组织批准延期", "approvedOn", TODAY, "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(postponed.status()).as(postponed.toString()).isEqualTo(200);
        JsonObject after = postponed.object();
        assertThat(after.getString("expiresOn")).isEqualTo(original.plusYears(1).toString());
        assertThat(after.getString("originalExpiresOn")).isEqualTo(original.toString());
        assertThat(after.getJsonNumber("version").longValue()).isGreaterThan(version);
        List<JsonObject> history = after.getJsonArray("history").stream().map(JsonObject.class::cast).toList();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getString("from")).isEqualTo(original.toString());
        assertThat(history.get(0).getString("to")).isEqualTo(original.plusYears(1).toString());
        assertThat(history.get(0).getString("reason")).isEqualTo("上级党组织批准延期");
        assertThat(history.get(0).getString("approvedOn")).isEqualTo(TODAY.toString());
        assertThat(api.get("/api/organizations/" + branch + "/terms", ADMIN, ADMIN_PASSWORD).array()
                .getJsonObject(0).getJsonArray("history")).hasSize(1);

        Api.Reply stale = api.put("/api/terms/" + term, json("expiresOn", original.minusYears(1),
                "reason", "提前换届", "approvedOn", TODAY, "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Api.Reply forward = api.put("/api/terms/" + term, json("expiresOn", original.minusYears(1),
                "reason", "提前换届", "approvedOn", TODAY, "version", after.getJsonNumber("version").longValue()),
                ADMIN, ADMIN_PASSWORD);
        assertThat(forward.status()).as(forward.toString()).isEqualTo(200);
        assertThat(forward.object().getJsonArray("history")).hasSize(2);
    }

    @Test
    @DisplayName("O14 an ended term's expiry does not move: 400")
    void endedTermRefused() {
        long branch = fixtures.organization("规则已换届支部", "BRANCH", zone);
        long first = fixtures.term(branch, 1, TODAY.minusYears(4), 1);
        fixtures.term(branch, 2, TODAY.minusYears(1), 1);
        long version = api.get("/api/terms/" + first, ADMIN, ADMIN_PASSWORD).object().getJsonNumber("version")
                .longValue();
        Api.Reply refused = api.put("/api/terms/" + first, json("expiresOn", TODAY.minusYears(1).plusMonths(6),
                "reason", "补记", "approvedOn", TODAY, "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    }

    @Test
    @DisplayName("AW13 candidates answer for today + 10 years, 400 for + 11; confirming a year after next is 400")
    void medalPlanningYears() {
        long branch = fixtures.organization("规则表彰支部", "BRANCH", zone);
        int last = TODAY.getYear() + 10;
        LocalDate start = LocalDate.of(last - 50, 7, 1);
        long member = fixtures.member("规则规划党员", branch).born(LocalDate.of(last - 80, 3, 1), true)
                .probationaryOn(start.minusYears(1)).fullOn(start).create();
        Api.Reply tenYears = api.get("/api/awards/medal50/candidates?year=" + last, ADMIN, ADMIN_PASSWORD);
        assertThat(tenYears.status()).as(tenYears.toString()).isEqualTo(200);
        assertThat(tenYears.longs("memberId")).contains(member);
        assertThat(api.get("/api/awards/medal50/candidates?year=" + (last + 1), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(400);
        assertThat(api.get("/api/awards/medal50/candidates?year=2021", ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(200);
        assertThat(api.post("/api/awards/medal50/" + (TODAY.getYear() + 2) + "/candidates/" + member + "/confirm",
                json(), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
    }
}
