package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.PayaraNode;
import org.partyregistry.it.support.TestDatabase;

/**
 * Nodes that start together on an empty PostgreSQL database (startup rules: the start-up lock): exactly one migrates,
 * loads the demo data and creates the admin account, the other waits and comes up ready. Two more Payara Micro
 * nodes run the packaged WAR beside the suite's server, in a fresh schema of the run's PostgreSQL database. Runs in
 * the PostgreSQL pass only: H2 is a single-node file database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentStartIT {

    /** The demo's zone staff account (seeds/users.csv), which entered the demo data. */
    private static final String STAFF = "staff";
    private static final String STAFF_PASSWORD = "Staff2026demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    /** The suite's server: deploying it prepares the run's database, whose settings this test reads. */
    @ArquillianResource
    URL url;

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpWithTheDemoLoadedOnce() throws Exception {
        String jdbc = TestDatabase.setting("REGISTRY_DB_URL").orElse("");
        assumeTrue(jdbc.startsWith("jdbc:postgresql:"), "several nodes share PostgreSQL only");
        String user = TestDatabase.setting("REGISTRY_DB_USER").orElseThrow();
        String password = TestDatabase.setting("REGISTRY_DB_PASSWORD").orElse("");
        String schema = "start_race_" + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, String> settings = Map.of("REGISTRY_DB_URL", jdbc, "REGISTRY_DB_USER", user,
                "REGISTRY_DB_PASSWORD", password, "REGISTRY_DB_SCHEMA", schema, "REGISTRY_DEMO", "true",
                "REGISTRY_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        Path folder = Files.createTempDirectory("registry-two-nodes");
        List<PayaraNode> nodes = new ArrayList<>();
        try {
            for (String name : List.of("a", "b")) {
                nodes.add(PayaraNode.start(PayaraNode.productWar(), folder.resolve(name), settings,
                        List.of("-Xmx512m")));
            }
            List<CompletableFuture<Duration>> ready = nodes.stream().map(node -> CompletableFuture.supplyAsync(
                    () -> node.awaitReady("/health/ready", "\"database\"", Duration.ofMinutes(4)))).toList();
            for (CompletableFuture<Duration> each : ready) {
                each.join();
            }
            for (PayaraNode node : nodes) {
                Api api = new Api(new URL(node.base() + "/"));
                assertThat(api.get("/api/organizations", Api.ADMIN, Api.ADMIN_PASSWORD).status())
                        .as("the admin account works on %s", node.base()).isEqualTo(200);
                assertThat(node.log()).as("log of %s", node.base()).doesNotContain("duplicate key");
            }
            demoAsTheStaffSeesIt(new Api(new URL(nodes.get(0).base() + "/")));
            try (Connection connection = DriverManager.getConnection(jdbc, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + schema);
                assertThat(count(statement, "SELECT COUNT(*) FROM seed_run")).as("demo loads").isEqualTo(1);
                assertThat(count(statement, "SELECT COUNT(*) FROM organization")).as("demo organizations")
                        .isPositive();
                assertThat(count(statement, "SELECT COUNT(*) - COUNT(DISTINCT name) FROM organization"))
                        .as("organizations loaded twice").isZero();
                assertThat(count(statement, "SELECT COUNT(*) FROM user_account WHERE role = 'ADMIN'"))
                        .as("administrators").isEqualTo(1);
                enteredThroughTheServices(statement);
                assertThat(count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                        .as("migrations applied").isPositive()
                        .isEqualTo(count(statement, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history"));
            }
            // the nodes' folders (WAR copies, logs) stay behind only when something failed, for the diagnosis
            nodes.forEach(PayaraNode::close);
            PayaraNode.deleteFolder(folder);
        } finally {
            nodes.forEach(PayaraNode::close);
            dropSchema(jdbc, user, password, schema);
        }
    }

    /**
     * Startup rule (seeds through the services): what a demo user sees — the seeded organizations, members and
     * activities, a coverage report whose ELIGIBLE base holds enterprises and that names an enterprise that should
     * form its own organization, and the first medal round (2021) awarded.
     */
    private static void demoAsTheStaffSeesIt(Api api) {
        assertThat(api.get("/api/organizations", STAFF, STAFF_PASSWORD).array()).as("organizations").hasSize(12);
        assertThat(api.get("/api/members?size=500", STAFF, STAFF_PASSWORD).object().getInt("total"))
                .as("members on the roster").isEqualTo(26);
        long zone = api.get("/api/organizations", STAFF, STAFF_PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().filter(o -> !o.containsKey("parentId") || o.isNull("parentId")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String since2021 = "&from=2021-01-01&to=" + LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(api.get("/api/activities?organizationId=" + zone + since2021, STAFF, STAFF_PASSWORD).array())
                .as("activities").hasSize(29);
        JsonObject coverage = api.get("/api/reports/coverage?base=ELIGIBLE", STAFF, STAFF_PASSWORD).object();
        assertThat(coverage.getJsonObject("total").getInt("enterprises")).as("ELIGIBLE base").isPositive();
        assertThat(coverage.getJsonArray("shouldFormOwn").getValuesAs(JsonObject.class))
                .as("enterprises that should form their own organization")
                .anySatisfy(e -> assertThat(e.getString("name")).isEqualTo("示例码上科技有限公司"));
        assertThat(api.get("/api/awards/medal50/2021", STAFF, STAFF_PASSWORD).array().getValuesAs(JsonObject.class))
                .as("the 2021 medal round").anySatisfy(c -> {
                    assertThat(c.getString("state")).isEqualTo("AWARDED");
                    assertThat(c.getString("awardedOn")).isEqualTo("2021-06-30");
                });
    }

    /**
     * Rule S7: every demo record was created by a service as a demo account — a CREATE audit entry by the
     * account for each row — and nothing was audited by the system but the administrator's own account.
     */
    private static void enteredThroughTheServices(Statement statement) throws SQLException {
        for (String[] table : new String[][] {{"park", "Park"}, {"enterprise", "Enterprise"},
                {"organization", "Organization"}, {"term", "Term"}, {"member", "Member"},
                {"member_transfer", "Transfer"}, {"activity", "Activity"}, {"brand", "Brand"},
                {"alliance", "Alliance"}, {"honor", "Honor"}, {"instructor_assignment", "InstructorAssignment"}}) {
            assertThat(count(statement, "SELECT COUNT(*) FROM " + table[0] + " t WHERE NOT EXISTS (SELECT 1 FROM"
                    + " audit_entry a WHERE a.entity_type = '" + table[1] + "' AND a.entity_id = t.id AND a.actor = '"
                    + STAFF + "' AND a.action IN ('CREATE', 'NOMINATE'))")).as("%s rows no service created", table[0])
                    .isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM " + table[0])).as("%s rows", table[0]).isPositive();
        }
        assertThat(count(statement, "SELECT COUNT(*) FROM user_account u WHERE u.username <> 'admin' AND NOT EXISTS"
                + " (SELECT 1 FROM audit_entry a WHERE a.entity_type = 'UserAccount' AND a.entity_id = u.id"
                + " AND a.actor = 'admin' AND a.action = 'CREATE')")).as("accounts the administrator did not create")
                .isZero();
        assertThat(count(statement, "SELECT COUNT(*) FROM audit_entry WHERE actor NOT IN ('admin', '" + STAFF + "')"
                + " AND NOT (entity_type = 'UserAccount' AND action = 'CREATE')")).as("audited by no demo account")
                .isZero();
        assertThat(count(statement, "SELECT COUNT(*) FROM audit_entry WHERE action = 'RUN_AS'")).as("runs as")
                .isEqualTo(3);
        assertThat(count(statement, "SELECT COUNT(*) FROM medal_nomination WHERE medal_year = 2021 AND state = 'AWARDED'"))
                .as("2021 medals").isEqualTo(1);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void dropSchema(String jdbc, String user, String password, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
