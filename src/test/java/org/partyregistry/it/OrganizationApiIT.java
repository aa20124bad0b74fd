package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The organization, term, account and audit REST contract on a real Payara Micro and database (H2, and PostgreSQL
 * in CI). Every test builds its own little tree under a fresh working committee, so tests are independent and a
 * database that already holds data does not disturb them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
    }

    private Api.Reply found(String name, String type, Long parentId, LocalDate on) {
        return api.post("/api/organizations", json("name", name, "type", type, "parentId", parentId,
                "establishedOn", on), ADMIN, ADMIN_PASSWORD);
    }

    private long create(String name, String type, Long parentId) {
        return fixtures.organization(name, type, parentId, LocalDate.of(2020, 1, 1));
    }

    private int childCount(long id) {
        return api.get("/api/organizations/" + id + "/children", ADMIN, ADMIN_PASSWORD).array().size();
    }

    @Test
    @DisplayName("O1, O3, O4: founding returns 201 with Location; bad placement, names and dates are 400 and write nothing")
    void foundsTheTreeAndRefusesBadInput() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        Api.Reply committee = found("软件园党委 " + tag, "COMMITTEE", zone, LocalDate.of(2010, 5, 1));
        assertThat(committee.status()).isEqualTo(201);
        assertThat(committee.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/organizations/" + committee.id()));
        assertThat(committee.object().getString("name")).isEqualTo("软件园党委 " + tag);
        assertThat(committee.object().getString("type")).isEqualTo("COMMITTEE");
        assertThat(committee.object().getJsonNumber("parentId").longValue()).isEqualTo(zone);
        long branch = create("支部", "BRANCH", committee.id());
        long group = create("小组", "GROUP", branch);
        assertThat(api.get("/api/organizations/" + group, ADMIN, ADMIN_PASSWORD).object().getString("type"))
                .isEqualTo("GROUP");

        Api.Reply groupUnderCommittee = found("错误小组 " + tag, "GROUP", committee.id(), LocalDate.of(2020, 1, 1));
        assertThat(groupUnderCommittee.status()).isEqualTo(400);
        assertThat(groupUnderCommittee.errorFields()).containsExactly("parentId");
        Api.Reply branchUnderGroup = found("错误支部 " + tag, "BRANCH", group, LocalDate.of(2020, 1, 1));
        assertThat(branchUnderGroup.status()).isEqualTo(400);
        assertThat(branchUnderGroup.errorFields()).containsExactly("parentId");
        Api.Reply empty = found("", "BRANCH", committee.id(), LocalDate.of(2020, 1, 1));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).contains("name");
        Api.Reply tooLong = found("长".repeat(101), "BRANCH", committee.id(), LocalDate.of(2020, 1, 1));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).contains("name");
        Api.Reply future = found("未来支部 " + tag, "BRANCH", committee.id(), TODAY.plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("establishedOn");
        Api.Reply duplicate = found("支部 " + tag, "BRANCH", committee.id(), LocalDate.of(2020, 1, 1));
        assertThat(duplicate.status()).isEqualTo(409);

        assertThat(childCount(committee.id())).isEqualTo(1);
        assertThat(childCount(group)).isZero();
    }

    @Test
    @DisplayName("O2, O5: no cycles, nothing under a dissolved organization, dissolution and merge keep history")
    void movesDissolvesAndMergesWithHistory() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        long committee = create("党委", "COMMITTEE", zone);
        long general = create("总支", "GENERAL_BRANCH", committee);
        long branch = create("支部", "BRANCH", general);
        long other = create("另一支部", "BRANCH", committee);
        long group = create("小组", "GROUP", branch);

        Api.Reply cycle = api.post("/api/organizations/" + general + "/move", json("parentId", general),
                ADMIN, ADMIN_PASSWORD);
        assertThat(cycle.status()).isEqualTo(400);
        Api.Reply underChild = api.post("/api/organizations/" + committee + "/move", json("parentId", zone),
                ADMIN, ADMIN_PASSWORD);
        assertThat(underChild.status()).as("moving to the same parent is a no-op").isEqualTo(200);

        Api.Reply move = api.post("/api/organizations/" + branch + "/move", json("parentId", committee),
                ADMIN, ADMIN_PASSWORD);
        assertThat(move.status()).as(move.toString()).isEqualTo(200);
        assertThat(move.object().getJsonNumber("parentId").longValue()).isEqualTo(committee);

        Api.Reply withChildren = api.post("/api/organizations/" + branch + "/dissolve",
                json("on", TODAY, "reason", "企业注销"), ADMIN, ADMIN_PASSWORD);
        assertThat(withChildren.status()).as("a branch with an active group").isEqualTo(400);

        Api.Reply merge = api.post("/api/organizations/" + branch + "/merge",
                json("targetId", other, "on", TODAY), ADMIN, ADMIN_PASSWORD);
        assertThat(merge.status()).as(merge.toString()).isEqualTo(200);
        assertThat(merge.object().getString("status")).isEqualTo("MERGED");
        JsonObject movedGroup = api.get("/api/organizations/" + group, ADMIN, ADMIN_PASSWORD).object();
        assertThat(movedGroup.getJsonNumber("parentId").longValue()).isEqualTo(other);

        Api.Reply underMerged = found("新小组 " + tag, "GROUP", branch, LocalDate.of(2021, 1, 1));
        assertThat(underMerged.status()).isEqualTo(400);

        Api.Reply dissolve = api.post("/api/organizations/" + general + "/dissolve",
                json("on", TODAY, "reason", "调整设置"), ADMIN, ADMIN_PASSWORD);
        assertThat(dissolve.status()).as(dissolve.toString()).isEqualTo(200);
        assertThat(dissolve.object().getString("status")).isEqualTo("DISSOLVED");
        assertThat(api.get("/api/organizations/" + general, ADMIN, ADMIN_PASSWORD).status())
                .as("never deleted").isEqualTo(200);

        List<String> history = api.get("/api/organizations/" + branch + "/history", ADMIN, ADMIN_PASSWORD).array()
                .stream().map(e -> ((JsonObject) e).getString("kind")).toList();
        assertThat(history).containsExactly("MERGED_INTO", "MOVED", "FOUNDED");
        List<String> absorbing = api.get("/api/organizations/" + other + "/history", ADMIN, ADMIN_PASSWORD).array()
                .stream().map(e -> ((JsonObject) e).getString("kind")).toList();
        assertThat(absorbing).contains("ABSORBED");
        assertThat(api.get("/api/organizations", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(o -> ((JsonObject) o).getJsonNumber("id").longValue()))
                .as("the default list shows active organizations only").doesNotContain(branch, general);
    }

    @Test
    @DisplayName("S1-S3: a secretary reads and writes their subtree only; outside it everything is 403")
    void secretaryIsConfinedToTheirSubtree() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        long committee = create("党委", "COMMITTEE", zone);
        long branchA = create("甲支部", "BRANCH", committee);
        long branchB = create("乙支部", "BRANCH", committee);
        long groupA = create("甲小组", "GROUP", branchA);
        String secretary = "sec-" + tag;
        String password = "Secret2026x";
        fixtures.secretary(secretary, password, branchA);

        assertThat(api.get("/api/organizations/" + branchB, secretary, password).status()).isEqualTo(403);
        assertThat(api.get("/api/organizations/" + committee, secretary, password).status()).isEqualTo(403);
        assertThat(api.get("/api/organizations/" + groupA, secretary, password).status()).isEqualTo(200);
        List<Long> visible = api.get("/api/organizations", secretary, password).array().stream()
                .map(o -> ((JsonObject) o).getJsonNumber("id").longValue()).toList();
        assertThat(visible).containsExactlyInAnyOrder(branchA, groupA);

        Api.Reply outside = api.post("/api/organizations", json("name", "越权小组", "type", "GROUP",
                "parentId", branchB, "establishedOn", "2022-01-01"), secretary, password);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(childCount(branchB)).isZero();
        Api.Reply inside = api.post("/api/organizations", json("name", "第二小组", "type", "GROUP",
                "parentId", branchA, "establishedOn", "2022-01-01"), secretary, password);
        assertThat(inside.status()).isEqualTo(201);
        Api.Reply dissolveOwn = api.post("/api/organizations/" + branchA + "/dissolve",
                json("on", TODAY, "reason", "x"), secretary, password);
        assertThat(dissolveOwn.status()).as("S2").isEqualTo(403);

        assertThat(api.post("/api/users", json("username", "x" + tag, "password", "Abcdefg123", "role", "ADMIN"),
                secretary, password).status()).isEqualTo(403);
        assertThat(api.get("/api/audit", secretary, password).status()).isEqualTo(403);
        assertThat(api.get("/api/terms/due?within=36500", secretary, password).status()).isEqualTo(400);
        assertThat(api.get("/api/organizations", null, null).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("O10: the second of two saves based on the same version gets 409 and changes nothing")
    void staleVersionIsAConflict() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        long branch = create("支部", "BRANCH", zone);
        long version = api.get("/api/organizations/" + branch, ADMIN, ADMIN_PASSWORD).object()
                .getJsonNumber("version").longValue();
        Api.Reply first = api.put("/api/organizations/" + branch, json("name", "第一次 " + tag, "version", version),
                ADMIN, ADMIN_PASSWORD);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Api.Reply second = api.put("/api/organizations/" + branch, json("name", "第二次 " + tag, "version", version),
                ADMIN, ADMIN_PASSWORD);
        assertThat(second.status()).isEqualTo(409);
        assertThat(api.get("/api/organizations/" + branch, ADMIN, ADMIN_PASSWORD).object().getString("name"))
                .isEqualTo("第一次 " + tag);
        assertThat(api.put("/api/organizations/" + branch, json("name", "无版本"), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(400);
        assertThat(api.get("/api/organizations/987654321", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("O8: the due list read by pages, and its count, agree with the whole list")
    void dueListByPagesAndCount() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        for (int i = 0; i < 3; i++) {
            long branch = create("到期支部" + i, "BRANCH", zone);
            Api.Reply term = api.post("/api/organizations/" + branch + "/terms",
                    json("number", 1, "electedOn", TODAY.minusYears(3).plusDays(i - 1), "seats", 2), ADMIN,
                    ADMIN_PASSWORD);
            assertThat(term.status()).as(term.toString()).isEqualTo(201);
        }
        List<Long> whole = ids(api.get("/api/terms/due?within=365", ADMIN, ADMIN_PASSWORD).array());
        long overdue = api.get("/api/terms/due?within=365", ADMIN, ADMIN_PASSWORD).array().stream()
                .filter(t -> ((JsonObject) t).getJsonNumber("daysLeft").longValue() < 0).count();
        assertThat(whole).hasSizeGreaterThanOrEqualTo(3);
        assertThat(overdue).as("one of the three expired yesterday").isPositive();

        List<Long> paged = new java.util.ArrayList<>();
        for (int first = 0; first < whole.size(); first += 2) {
            paged.addAll(ids(api.get("/api/terms/due?within=365&first=" + first + "&max=2", ADMIN, ADMIN_PASSWORD)
                    .array()));
        }
        assertThat(paged).as("the pages, in order, are the whole list").isEqualTo(whole);
        JsonObject count = api.get("/api/terms/due/count?within=365", ADMIN, ADMIN_PASSWORD).object();
        assertThat(count.getJsonNumber("due").longValue()).isEqualTo(whole.size());
        assertThat(count.getJsonNumber("overdue").longValue()).isEqualTo(overdue);
        assertThat(api.get("/api/terms/due?first=-1", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.get("/api/terms/due?max=0", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
    }

    private static List<Long> ids(jakarta.json.JsonArray terms) {
        return terms.stream().map(t -> ((JsonObject) t).getJsonNumber("id").longValue()).toList();
    }

    @Test
    @DisplayName("O6-O8: terms by type, no overlap, the new election closes the old term, due list warns")
    void termsAndTheDueList() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        long branch = create("支部", "BRANCH", zone);
        long group = create("小组", "GROUP", branch);
        LocalDate electedOn = TODAY.minusYears(3).plusDays(20);
        Api.Reply first = api.post("/api/organizations/" + branch + "/terms",
                json("number", 1, "electedOn", electedOn, "seats", 2), ADMIN, ADMIN_PASSWORD);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.object().getInt("years")).isEqualTo(3);
        assertThat(first.object().getString("expiresOn")).isEqualTo(electedOn.plusYears(3).toString());
        assertThat(first.object().getString("status")).isEqualTo("DUE_IN_1_MONTH");

        JsonObject due = api.get("/api/terms/due?within=30", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getJsonNumber("organizationId").longValue() == branch).findFirst().orElseThrow();
        assertThat(due.getString("status")).isEqualTo("DUE_IN_1_MONTH");
        assertThat(due.getJsonNumber("daysLeft").longValue()).isEqualTo(20);

        assertThat(api.post("/api/organizations/" + branch + "/terms", json("number", 2, "electedOn", electedOn),
                ADMIN, ADMIN_PASSWORD).status()).as("same date as the previous term").isEqualTo(400);
        assertThat(api.post("/api/organizations/" + branch + "/terms", json("number", 2, "electedOn", TODAY,
                "years", 5), ADMIN, ADMIN_PASSWORD).status()).as("5 years for a branch").isEqualTo(400);
        assertThat(api.post("/api/organizations/" + group + "/terms", json("number", 1, "electedOn", TODAY),
                ADMIN, ADMIN_PASSWORD).status()).as("groups have no terms").isEqualTo(400);

        Api.Reply second = api.post("/api/organizations/" + branch + "/terms",
                json("number", 2, "electedOn", TODAY, "seats", 2, "eligibleVoters", 30, "votesCast", 28),
                ADMIN, ADMIN_PASSWORD);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        List<JsonObject> terms = api.get("/api/organizations/" + branch + "/terms", ADMIN, ADMIN_PASSWORD).array()
                .stream().map(JsonObject.class::cast).toList();
        assertThat(terms).hasSize(2);
        assertThat(terms.get(1).getString("endedOn")).isEqualTo(TODAY.toString());
        assertThat(terms.get(1).getString("status")).isEqualTo("ENDED");
        assertThat(api.get("/api/terms/due?within=30", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(JsonObject.class::cast).map(t -> t.getJsonNumber("organizationId").longValue()))
                .doesNotContain(branch);
    }

    @Test
    @DisplayName("A1, A3: every write leaves who, what and which fields changed; only admins read the trail")
    void writesAreAudited() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        long branch = create("支部", "BRANCH", zone);
        long version = api.get("/api/organizations/" + branch, ADMIN, ADMIN_PASSWORD).object()
                .getJsonNumber("version").longValue();
        api.put("/api/organizations/" + branch, json("name", "更名 " + tag, "version", version), ADMIN,
                ADMIN_PASSWORD);
        List<JsonObject> entries = api.get("/api/audit?entityType=Organization&entityId=" + branch, ADMIN,
                ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast).toList();
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("UPDATE", "CREATE");
        assertThat(entries).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo(ADMIN));
        assertThat(entries.get(0).getString("changes")).contains("\"name\"").contains("更名 " + tag);
        assertThat(api.get("/api/audit?from=yesterday", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Errors list each field with a message in the request's language")
    void errorsSpeakTheCallersLanguage() {
        long zone = create("工委", "WORKING_COMMITTEE", null);
        JsonObject body = json("name", "小组 " + tag, "type", "GROUP", "parentId", zone, "establishedOn",
                "2020-01-01");
        Api.Reply english = api.post("/api/organizations", body, ADMIN, ADMIN_PASSWORD, "en");
        Api.Reply chinese = api.post("/api/organizations", body, ADMIN, ADMIN_PASSWORD, "zh-CN");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("A party group cannot sit under a working committee");
        assertThat(chinese.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("“党小组”不能设在“党工委”之下");
        Api.Reply malformed = api.post("/api/organizations", "{\"name\": ", ADMIN, ADMIN_PASSWORD, "en");
        assertThat(malformed.status()).isEqualTo(400);
        Api.Reply badDate = api.post("/api/organizations", json("name", "x", "type", "BRANCH", "parentId", zone,
                "establishedOn", "2020-13-45"), ADMIN, ADMIN_PASSWORD, "en");
        assertThat(badDate.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("S5: five wrong passwords lock the account for 15 minutes, even against the right password")
    void lockoutAfterFiveFailures() {
        String username = "lock-" + tag;
        String password = "Right2026pass";
        fixtures.staff(username, password);
        assertThat(api.get("/api/organizations", username, password).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/organizations", username, "wrong" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/organizations", username, password).status())
                .as("four failures do not lock; success resets").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/organizations", username, "wrong" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/organizations", username, password).status()).isEqualTo(401);
        List<String> actions = api.get("/api/audit?entityType=UserAccount&action=LOCKED", ADMIN, ADMIN_PASSWORD)
                .array().stream().map(JsonObject.class::cast).map(e -> e.getString("action")).toList();
        assertThat(actions).contains("LOCKED");
        assertThat(api.post("/api/users", json("username", "weak" + tag, "password", "short1", "role", "ADMIN"),
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.post("/api/users", json("username", username, "password", "Another2026", "role", "ADMIN"),
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(409);
        assertThat(api.post("/api/users", json("username", "nobranch" + tag, "password", "Another2026",
                "role", "BRANCH_SECRETARY"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
    }
}
