package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.DemoChecks;
import org.partyregistry.it.support.Nginx;
import org.partyregistry.it.support.PageSession;
import org.partyregistry.it.support.PageSession.Page;
import org.partyregistry.it.support.PayaraNode;
import org.partyregistry.it.support.Ports;
import org.partyregistry.it.support.TestDatabase;

/**
 * Two clustered Payara Micro nodes behind nginx, as the README's "Several nodes" section runs them (startup rules:
 * the start-up lock; the session holds only the username and the language): both started from the packaged
 * microbundle at the same moment on an empty schema of the run's PostgreSQL, their data grid on ports of their own
 * ({@code --startport}) under a cluster name of this run only, so that no other Payara Micro on the machine joins
 * them. A person signs in on the sign-in page through nginx and works on both nodes; one node is killed with
 * {@code kill -9} and the person carries on, still signed in, in the language they chose; a change made on one
 * node reads at once on the other. The demo both nodes come up with is checked as {@code ConcurrentStartIT} checks
 * it (which the {@code cluster} profile leaves out of the PostgreSQL run). The failover time (from the kill to the first page served) is printed and
 * written to {@code target/cluster/failover.txt}.
 * <p>
 * Runs in the PostgreSQL run's test JVMs where the {@code cluster} profile is active ({@code it.cluster=true}),
 * beside the other classes; it uses none of the suite's server.
 */
class ClusterFailoverIT {

    private static final Duration READY_PATIENCE = Duration.ofMinutes(4);
    private static final Duration FAILOVER_PATIENCE = Duration.ofSeconds(60);
    private static final String HOME = "/index.xhtml";

    private final List<String> journal = new ArrayList<>();

    @Test
    void aPersonSignedInThroughTheBalancerCarriesOnWhenTheNodeServingThemIsKilled() throws Exception {
        assumeTrue(Boolean.getBoolean("it.cluster"), "runs in the PostgreSQL run with the cluster profile (mvn verify -P cluster)");
        Path folder = Path.of(System.getProperty("it.cluster.dir", "target/cluster")).toAbsolutePath();
        PayaraNode.deleteFolder(folder);
        Files.createDirectories(folder);
        // a database of its own: the JVM's settings keep naming the suite's, which tests run after this one read
        try (TestDatabase database = TestDatabase.ofItsOwn()) {
            String jdbc = database.value("REGISTRY_DB_URL").orElse("");
            assertThat(jdbc).as("the cluster runs on PostgreSQL (it.database=postgres)").startsWith("jdbc:postgresql:");
            String user = database.value("REGISTRY_DB_USER").orElseThrow();
            String password = database.value("REGISTRY_DB_PASSWORD").orElse("");
            String schema = "cluster_" + ThreadLocalRandom.current().nextInt(1_000_000);
            try {
                run(folder, Map.of("REGISTRY_DB_URL", jdbc, "REGISTRY_DB_USER", user, "REGISTRY_DB_PASSWORD",
                        password, "REGISTRY_DB_SCHEMA", schema, "REGISTRY_DEMO", "true", "REGISTRY_ADMIN_PASSWORD",
                        Api.ADMIN_PASSWORD));
                assertSetUpDoneOnce(jdbc, user, password, schema);
            } finally {
                dropSchema(jdbc, user, password, schema);
            }
        }
    }

    private void run(Path folder, Map<String, String> settings) throws Exception {
        int gridPort = Ports.freeRun(2);
        String clusterName = "registry-it-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        List<String> cluster = List.of("--clustermode", "tcpip:127.0.0.1:" + gridPort + ",127.0.0.1:" + (gridPort + 1),
                "--interfaces", "127.0.0.1", "--clustername", clusterName, "--nohostaware");
        Path bundle = Path.of(System.getProperty("registry.microbundle", "target/party-registry-microbundle.jar"));
        assertThat(bundle).as("the packaged microbundle (mvn package)").isRegularFile();
        List<PayaraNode> nodes = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (String name : List.of("node-a", "node-b")) {
                List<String> options = new ArrayList<>(cluster);
                options.addAll(List.of("--startport", String.valueOf(gridPort + nodes.size()), "--name", name));
                // C1 only, as for the suite's server: short-lived nodes come up sooner on 2 cores
                nodes.add(PayaraNode.startBundle(bundle, folder.resolve(name), settings,
                        List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), options));
            }
            List<CompletableFuture<Duration>> ready = nodes.stream().map(node -> CompletableFuture.supplyAsync(
                    () -> node.awaitReady("/health/ready", "\"database\"", READY_PATIENCE))).toList();
            for (int i = 0; i < nodes.size(); i++) {
                note("node %s (pid %d, port %d) ready in %d ms", name(i), nodes.get(i).pid(), nodes.get(i).port(),
                        ready.get(i).join().toMillis());
            }
            awaitGridOfTwo(nodes);
            note("data grid of 2 formed %d ms after the start", millisSince(started));
            for (PayaraNode node : nodes) {
                assertThat(node.log()).as("log of %s", node.base()).doesNotContain("duplicate key");
            }
            DemoChecks.asTheStaffSeesIt(new Api(new URL(nodes.get(1).base() + "/")));
            try (Nginx nginx = Nginx.start(Path.of(System.getProperty("it.configDir", "config"), "nginx"),
                    folder.resolve("nginx"), nodes.stream().map(node -> "127.0.0.1:" + node.port()).toList())) {
                person(nginx, nodes);
            }
        } finally {
            nodes.forEach(PayaraNode::close);
            Files.write(folder.resolve("failover.txt"), journal, StandardCharsets.UTF_8);
        }
    }

    private void person(Nginx nginx, List<PayaraNode> nodes) throws Exception {
        Set<String> addresses = Set.of("127.0.0.1:" + nodes.get(0).port(), "127.0.0.1:" + nodes.get(1).port());
        PageSession person = new PageSession(nginx.base());

        Page home = person.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(home.status()).as("home after signing in: %s", home).isEqualTo(200);
        assertThat(home.signedInAs()).as("signed in, on %s", home.upstream()).contains(Api.ADMIN);

        // round robin: consecutive pages come from one node, then the other, in the one session
        Set<String> served = new LinkedHashSet<>();
        for (int i = 0; i < 4; i++) {
            Page page = person.get(HOME);
            assertThat(page.signedInAs()).as("page %d (%s)", i, page).contains(Api.ADMIN);
            served.add(page.upstream());
        }
        assertThat(served).as("nodes that served the signed-in person").isEqualTo(addresses);

        // the language lives in the session: switched on one node, the next pages of both nodes are in English
        Page switched = person.submit(HOME, person.get(HOME), "nav", Map.of("nav:lang", "nav:lang"));
        assertThat(switched.status()).as("language switch %s", switched).isEqualTo(302);
        Set<String> inEnglish = new LinkedHashSet<>();
        for (int i = 0; i < 2; i++) {
            Page page = person.follow(switched);
            assertThat(page.language()).as("language of %s after switching on %s", page, switched.upstream())
                    .isEqualTo("en");
            inEnglish.add(page.upstream());
        }
        assertThat(inEnglish).as("nodes that served the switched language").isEqualTo(addresses);

        writeOnOneReadOnTheOther(nodes.get(0), nodes.get(1));
        writeOnOneReadOnTheOther(nodes.get(1), nodes.get(0));

        // the node the next request goes to (round robin) is killed
        Page last = person.get(HOME);
        int victim = last.upstream().equals("127.0.0.1:" + nodes.get(0).port()) ? 1 : 0;
        String victimAddress = "127.0.0.1:" + nodes.get(victim).port();
        String survivorAddress = "127.0.0.1:" + nodes.get(1 - victim).port();
        long killed = System.nanoTime();
        nodes.get(victim).kill();
        note("killed %s (kill -9 %d) in %d ms", name(victim), nodes.get(victim).pid(), millisSince(killed));
        Page first = firstPageAfter(person, killed);
        long failover = millisSince(killed);
        note("failover time: %d ms from kill -9 to the first page served (by %s)", failover, first.upstream());
        assertThat(first.upstream()).as("the first request after the kill went to the killed node, then the other")
                .isEqualTo(victimAddress + ", " + survivorAddress);

        for (int i = 0; i < 4; i++) {
            Page page = person.get(HOME);
            assertThat(page.status()).as("page %d after the kill: %s", i, page).isEqualTo(200);
            assertThat(page.signedInAs()).as("still signed in: %s", page).contains(Api.ADMIN);
            assertThat(page.language()).as("still in the language chosen: %s", page).isEqualTo("en");
            assertThat(page.upstream()).as("served by the survivor").endsWith(survivorAddress);
        }
        Page back = person.submit(HOME, person.get(HOME), "nav", Map.of("nav:lang", "nav:lang"));
        assertThat(person.follow(back).language()).as("a form posted after the failover works").isEqualTo("zh-CN");
    }

    /**
     * The first page the person gets after the kill: refused connections and 5xx answers are retried (they are what
     * the failover time measures); a redirect to the sign-in page fails at once, since the session was lost.
     */
    private Page firstPageAfter(PageSession person, long killed) throws InterruptedException {
        String lastProblem = "none";
        while (millisSince(killed) < FAILOVER_PATIENCE.toMillis()) {
            try {
                Page page = person.get(HOME);
                if (page.status() == 200) {
                    assertThat(page.signedInAs()).as("signed in after the kill: %s", page).contains(Api.ADMIN);
                    return page;
                }
                assertThat(page.location().orElse("")).as("sent to sign in again after the kill: %s", page)
                        .doesNotContain("login");
                lastProblem = page.toString();
            } catch (IOException e) {
                lastProblem = e.toString();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No page served within " + FAILOVER_PATIENCE.toSeconds() + " s of the kill; last: "
                + lastProblem);
    }

    /** A change made on {@code writer} reads at once on {@code reader}, which read the record just before. */
    private static void writeOnOneReadOnTheOther(PayaraNode writer, PayaraNode reader) throws IOException {
        Api onWriter = new Api(new URL(writer.base() + "/"));
        Api onReader = new Api(new URL(reader.base() + "/"));
        long id = onReader.get("/api/organizations", Api.ADMIN, Api.ADMIN_PASSWORD).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject before = onReader.get("/api/organizations/" + id, Api.ADMIN, Api.ADMIN_PASSWORD).object();
        String name = "集群测试党组织" + ThreadLocalRandom.current().nextInt(1_000_000);
        Api.Reply renamed = onWriter.put("/api/organizations/" + id,
                json("name", name, "version", before.getJsonNumber("version").longValue()), Api.ADMIN,
                Api.ADMIN_PASSWORD);
        assertThat(renamed.status()).as("rename on %s: %s", writer.base(), renamed).isEqualTo(200);
        JsonObject after = onReader.get("/api/organizations/" + id, Api.ADMIN, Api.ADMIN_PASSWORD).object();
        assertThat(after.getString("name")).as("read on %s right after the rename on %s", reader.base(),
                writer.base()).isEqualTo(name);
        assertThat(after.getJsonNumber("version").longValue()).as("version read on %s", reader.base())
                .isEqualTo(before.getJsonNumber("version").longValue() + 1);
    }

    /** Both nodes' logs show the data grid with both members (Payara logs its status at each change). */
    private static void awaitGridOfTwo(List<PayaraNode> nodes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!nodes.stream().allMatch(node -> node.log().contains("DG Size: 2"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The nodes did not form one data grid of 2 within 60 s (no \"DG Size: 2\" "
                        + "in both logs under target/cluster/)");
            }
            Thread.sleep(200);
        }
    }

    private static void assertSetUpDoneOnce(String jdbc, String user, String password, String schema)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            assertThat(count(statement, "SELECT COUNT(*) FROM seed_run")).as("demo loads").isEqualTo(1);
            assertThat(count(statement, "SELECT COUNT(*) - COUNT(DISTINCT name) FROM organization"))
                    .as("organizations loaded twice").isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM user_account WHERE role = 'ADMIN'"))
                    .as("administrators").isEqualTo(1);
            DemoChecks.enteredThroughTheServices(statement);
            assertThat(count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                    .as("migrations applied once each")
                    .isEqualTo(count(statement, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history"));
        }
    }

    private void note(String format, Object... arguments) {
        String line = String.format(format, arguments);
        journal.add(line);
        System.out.println("[cluster] " + line);
    }

    private static String name(int index) {
        return index == 0 ? "node-a" : "node-b";
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
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
