package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
import org.partyregistry.it.support.DemoChecks;
import org.partyregistry.it.support.PayaraNode;
import org.partyregistry.it.support.TestDatabase;

/**
 * Nodes that start together on an empty PostgreSQL database (startup rules: the start-up lock): exactly one migrates,
 * loads the demo data and creates the admin account, the other waits and comes up ready. Two more Payara Micro
 * nodes run the packaged WAR beside the suite's server, in a fresh schema of the run's PostgreSQL database. Runs in
 * the PostgreSQL pass only: H2 is a single-node file database. Where the {@code cluster} profile runs (nginx
 * installed, as in CI), {@code ClusterFailoverIT} starts its two clustered nodes the same way and makes the same
 * checks, and this test is left out of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentStartIT {

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
                        List.of("-Xmx512m", "-XX:TieredStopAtLevel=1")));
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
            DemoChecks.asTheStaffSeesIt(new Api(new URL(nodes.get(0).base() + "/")));
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
                DemoChecks.enteredThroughTheServices(statement);
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
