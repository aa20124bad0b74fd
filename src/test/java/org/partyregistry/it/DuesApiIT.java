package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.Api.ADMIN;
import static org.partyregistry.it.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.Api.q;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
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
 * The dues calculator's REST contract on a real Payara Micro and database (H2, and PostgreSQL in CI): the worked
 * examples of domain.md, a bracket edge, the flat amount, the 400s for bad parameters and who may call it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuesApiIT {

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

    private Api.Reply calculate(String query) {
        return api.get("/api/dues/calculate?" + query, ADMIN, ADMIN_PASSWORD, "en");
    }

    private JsonObject calculated(String category, String income) {
        Api.Reply reply = calculate("category=" + category + "&income=" + income);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).get("field"))
                .map(f -> f == null || f == JsonValue.NULL ? "" : ((jakarta.json.JsonString) f).getString())
                .toList();
    }

    private static String message(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    private void user(String username, String password, String role, Long organizationId) {
        Api.Reply reply = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":" + q(password)
                + ",\"role\":\"" + role + "\",\"organizationId\":" + organizationId + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("D1, D3 worked examples: 5100 in service gives 76.50 at 0.015, 4900 gives 49.00 at 0.01")
    void workedExamples() {
        JsonObject above = calculated("IN_SERVICE", "5100.00");
        assertThat(above.getString("category")).isEqualTo("IN_SERVICE");
        assertThat(number(above, "income")).isEqualByComparingTo("5100");
        assertThat(number(above, "rate")).isEqualByComparingTo("0.015");
        assertThat(number(above, "monthly")).isEqualTo(new BigDecimal("76.50"));
        JsonObject below = calculated("IN_SERVICE", "4900");
        assertThat(number(below, "rate")).isEqualByComparingTo("0.01");
        assertThat(number(below, "monthly")).isEqualTo(new BigDecimal("49.00"));
        assertThat(calculate("category=IN_SERVICE&income=5100").body()).as("monthly has two decimals")
                .contains("\"monthly\":76.50");
    }

    @Test
    @DisplayName("D1, D2 the 10000 edge belongs to 1.5%, a fen more to 2%; retired and flat categories")
    void bracketEdgeAndFlatAmount() {
        JsonObject atEdge = calculated("IN_SERVICE", "10000");
        assertThat(number(atEdge, "rate")).isEqualByComparingTo("0.015");
        assertThat(number(atEdge, "monthly")).isEqualTo(new BigDecimal("150.00"));
        JsonObject aboveEdge = calculated("IN_SERVICE", "10000.01");
        assertThat(number(aboveEdge, "rate")).isEqualByComparingTo("0.02");
        assertThat(number(aboveEdge, "monthly")).isEqualTo(new BigDecimal("200.00"));
        JsonObject retired = calculated("RETIRED", "5000.01");
        assertThat(number(retired, "rate")).isEqualByComparingTo("0.01");
        assertThat(number(retired, "monthly")).isEqualTo(new BigDecimal("50.00"));
        JsonObject student = calculated("STUDENT", "8000");
        assertThat(number(student, "monthly")).isEqualTo(new BigDecimal("0.20"));
        assertThat(student.get("rate")).as("no rate for a flat amount").isEqualTo(JsonValue.NULL);
    }

    @Test
    @DisplayName("D3 an unknown category, a missing, non-numeric or negative income: 400 naming the parameter")
    void badParametersAre400() {
        Api.Reply unknown = calculate("category=PENSIONER&income=5100");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("category");
        assertThat(message(unknown)).isEqualTo(
                "Unknown dues category \"PENSIONER\": use IN_SERVICE, RETIRED, STUDENT, UNEMPLOYED or RELIEF");
        Api.Reply words = calculate("category=IN_SERVICE&income=abc");
        assertThat(words.status()).isEqualTo(400);
        assertThat(fields(words)).containsExactly("income");
        assertThat(message(words)).isEqualTo("\"abc\" is not an amount (NNNN.NN)");
        Api.Reply negative = calculate("category=RETIRED&income=-0.01");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("income");
        assertThat(message(negative)).isEqualTo("The amount cannot be negative: -0.01");
        Api.Reply missing = calculate("category=IN_SERVICE");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("income");
        Api.Reply noCategory = calculate("income=5100");
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(fields(noCategory)).containsExactly("category");
        Api.Reply chinese = api.get("/api/dues/calculate?category=IN_SERVICE&income=-5", ADMIN, ADMIN_PASSWORD,
                "zh-CN");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.object().getString("title")).isEqualTo("输入有误");
        assertThat(message(chinese)).isEqualTo("金额不能为负数：-5");
    }

    @Test
    @DisplayName("D9 any signed-in role may calculate; without credentials it is 401")
    void everySignedInRole() {
        Api.Reply zone = api.post("/api/organizations", "{\"name\":" + q("党费测试工委 " + tag)
                + ",\"type\":\"WORKING_COMMITTEE\",\"parentId\":null,\"establishedOn\":\"2020-01-01\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(zone.status()).as(zone.toString()).isEqualTo(201);
        Api.Reply branch = api.post("/api/organizations", "{\"name\":" + q("党费测试支部 " + tag)
                + ",\"type\":\"BRANCH\",\"parentId\":" + zone.id() + ",\"establishedOn\":\"2020-01-01\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(branch.status()).as(branch.toString()).isEqualTo(201);
        user("dues-sec-" + tag, "Secret2026x", "BRANCH_SECRETARY", branch.id());
        user("dues-staff-" + tag, "Staff2026x", "COMMITTEE_STAFF", null);
        String query = "/api/dues/calculate?category=IN_SERVICE&income=4900";
        Api.Reply secretary = api.get(query, "dues-sec-" + tag, "Secret2026x");
        assertThat(secretary.status()).as(secretary.toString()).isEqualTo(200);
        assertThat(number(secretary.object(), "monthly")).isEqualTo(new BigDecimal("49.00"));
        Api.Reply staff = api.get(query, "dues-staff-" + tag, "Staff2026x");
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        assertThat(api.get(query, null, null).status()).isEqualTo(401);
    }
}
