package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.Api.ADMIN;
import static org.partyregistry.it.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.Api.q;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hardening (issue 12): requests that recovered personal data, took the application down or answered 500. Each test
 * makes its own organizations, users and enterprises under a fresh tag; other classes share the server and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningApiIT {

    private static final String PASSWORD = "Secret2026x";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private long organization(String name, String type, Long parentId) {
        Api.Reply reply = api.post("/api/organizations", "{\"name\":" + q(name + " " + tag) + ",\"type\":\"" + type
                + "\",\"parentId\":" + parentId + ",\"establishedOn\":\"1960-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private long branch() {
        return organization("加固测试支部", "BRANCH", organization("加固测试工委", "WORKING_COMMITTEE", null));
    }

    private String user(String prefix, String role, Long organizationId) {
        String username = prefix + "-" + tag;
        Api.Reply reply = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":" + q(PASSWORD)
                + ",\"role\":\"" + role + "\",\"organizationId\":" + organizationId + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return username;
    }

    private long member(String name, String idNumber, long organizationId) {
        Api.Reply reply = api.post("/api/members", "{\"name\":" + q(name + " " + tag) + ",\"idNumber\":"
                + q(idNumber) + ",\"organizationId\":" + organizationId
                + ",\"probationaryOn\":\"2015-07-01\",\"fullOn\":\"2016-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).get("field"))
                .map(f -> f == null || f == JsonValue.NULL ? "" : ((JsonString) f).getString())
                .toList();
    }

    private static String message(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    @Test
    @DisplayName("Item 1: a secretary's ID-shaped search is refused (403, zh and en), names still match; no guess confirms")
    void secretaryCannotSearchByIdNumber() {
        long branch = branch();
        String secretary = user("hsec", "BRANCH_SECRETARY", branch);
        LocalDate birth = MemberApiIT.randomBirth();
        String id = MemberApiIT.idNumber(birth, true);
        long own = member("加固党员甲", id, branch);

        Api.Reply right = api.get("/api/members?q=" + id, secretary, PASSWORD);
        assertThat(right.status()).as(right.toString()).isEqualTo(403);
        assertThat(right.body()).doesNotContain("\"total\"");
        assertThat(message(right)).contains("身份证号码").contains("姓名");
        Api.Reply english = api.get("/api/members?q=" + id.toLowerCase(), secretary, PASSWORD, "en");
        assertThat(english.status()).isEqualTo(403);
        assertThat(message(english)).contains("ID number").contains("name");
        String wrongGuess = MemberApiIT.idNumber(birth.plusDays(1), true);
        assertThat(api.get("/api/members?q=" + wrongGuess, secretary, PASSWORD).status())
                .as("a wrong guess answers exactly like the right one").isEqualTo(403);
        assertThat(api.get("/api/members/workbook?q=" + id, secretary, PASSWORD).status())
                .as("the roster export takes the same search").isEqualTo(403);

        JsonObject byName = api.get("/api/members?q=" + tag, secretary, PASSWORD).object();
        assertThat(byName.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(byName.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(own);
        assertThat(api.get("/api/audit?entityType=Member&action=SEARCH_ID&actor=" + secretary, ADMIN, ADMIN_PASSWORD)
                .array()).isEmpty();
    }

    @Test
    @DisplayName("Item 1: staff search by a full ID number, and each such search is audited without the number")
    void staffIdSearchIsAudited() {
        long branch = branch();
        String staff = user("hstaff", "COMMITTEE_STAFF", null);
        String id = MemberApiIT.idNumber(MemberApiIT.randomBirth(), false);
        long found = member("加固党员乙", id, branch);

        JsonObject page = api.get("/api/members?q=" + id, staff, PASSWORD).object();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(found);
        String unknown = MemberApiIT.idNumber(LocalDate.of(1950, 1, 1), true);
        assertThat(api.get("/api/members?q=" + unknown, staff, PASSWORD).object().getJsonNumber("total")
                .longValue()).isZero();
        JsonObject byName = api.get("/api/members?q=" + tag, staff, PASSWORD).object();
        assertThat(byName.getJsonNumber("total").longValue()).isEqualTo(1);

        List<JsonObject> trail = api.get("/api/audit?entityType=Member&action=SEARCH_ID&actor=" + staff, ADMIN,
                ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast).toList();
        assertThat(trail).as("one entry per exact-ID search, none for the name search").hasSize(2);
        assertThat(trail).filteredOn(e -> e.containsKey("entityId") && !e.isNull("entityId"))
                .extracting(e -> e.getJsonNumber("entityId").longValue()).as("the member found")
                .containsExactly(found);
        assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain(id).doesNotContain(unknown)
                .doesNotContain(id.substring(6, 14)).doesNotContain(unknown.substring(6, 14)));
    }
}
