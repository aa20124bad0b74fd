package org.partyregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.enterprise.control.CoverageQuery;

/**
 * The coverage report at the zone's real size: about 40,000 enterprises in 10 parks, with own organizations, joint
 * branches and instructors. Generates the data over JDBC into the database the deployed app uses (once), then
 * times the REST call and the same SQL run bare over JDBC; the difference is the application's own cost.
 * Run with {@code mvn -P bench verify} (see the README); it is not part of the test suite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageBenchmark {

    static final int PARKS = 10;
    static final int ENTERPRISES = 40_000;
    static final long FIRST_ID = 50_000_000L;
    static final int WARM_UP = 10;
    static final int RUNS = 30;
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new java.io.File(System.getProperty("registry.war", "target/party-registry.war")))
                .as(WebArchive.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void coverageReportAtZoneSize() throws Exception {
        String jdbc = System.getenv("REGISTRY_DB_URL");
        String user = System.getenv("REGISTRY_DB_USER");
        String password = System.getenv("REGISTRY_DB_PASSWORD");
        try (Connection connection = DriverManager.getConnection(jdbc, user, password == null ? "" : password)) {
            generateOnce(connection);
        }
        HttpClient http = HttpClient.newHttpClient();
        String base = url.toString().replaceAll("/$", "");
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + System.getenv(
                "REGISTRY_ADMIN_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/reports/coverage?asOf=" + asOf
                + "&base=ALL")).header("Authorization", auth).build();
        String body = null;
        for (int i = 0; i < WARM_UP; i++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            body = response.body();
        }
        long[] rest = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            rest[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        long[] bare = new long[RUNS];
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(jdbc, user, password == null ? "" : password)) {
            String sql = CoverageQuery.countsByParkSql("", "");
            int parameters = sql.split("\\?1", -1).length - 1;
            String plain = sql.replace("?1", "?");
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                try (PreparedStatement statement = connection.prepareStatement(plain)) {
                    for (int p = 1; p <= parameters; p++) {
                        statement.setDate(p, Date.valueOf(asOf));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        rows = 0;
                        while (result.next()) {
                            rows += result.getLong(4);
                        }
                    }
                }
                if (i >= WARM_UP) {
                    bare[i - WARM_UP] = System.nanoTime() - start;
                }
            }
        }
        String database = jdbc.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
        String report = String.format("coverage report, %s, %d enterprises operating on %s (%d counted by bare SQL)%n"
                        + "  REST  GET /api/reports/coverage: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n"
                        + "  bare  same SQL over JDBC:         p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                        + "  target: under 300 ms%n", database, ENTERPRISES, asOf, rows,
                ms(percentile(rest, 50)), ms(percentile(rest, 95)), ms(max(rest)), RUNS,
                ms(percentile(bare, 50)), ms(percentile(bare, 95)), ms(max(bare)));
        System.out.println(report);
        Path out = Path.of("target", "bench", "coverage-" + database.toLowerCase() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + body + System.lineSeparator());
        assertThat(rows).isGreaterThan(ENTERPRISES / 2);
    }

    /** Inserts the zone once: parks, enterprises, own organizations, joint branches and instructors. */
    static void generateOnce(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM enterprise WHERE id >= " + FIRST_ID)) {
            result.next();
            if (result.getLong(1) >= ENTERPRISES) {
                return;
            }
        }
        connection.setAutoCommit(false);
        Random random = new Random(42);
        long id = FIRST_ID;
        long[] parks = new long[PARKS];
        try (PreparedStatement park = connection.prepareStatement(
                "INSERT INTO park (id, version, name) VALUES (?, 1, ?)")) {
            for (int i = 0; i < PARKS; i++) {
                parks[i] = id++;
                park.setLong(1, parks[i]);
                park.setString(2, "基准测试园区" + (i + 1));
                park.addBatch();
            }
            park.executeBatch();
        }
        long root = id++;
        try (PreparedStatement organization = connection.prepareStatement(
                "INSERT INTO organization (id, version, name, type, parent_id, path, established_on, dissolved_on, "
                        + "status) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            organization.setLong(1, root);
            organization.setString(2, "基准测试工委");
            organization.setString(3, "WORKING_COMMITTEE");
            organization.setNull(4, java.sql.Types.BIGINT);
            organization.setString(5, "/" + root + "/");
            organization.setDate(6, Date.valueOf("2000-01-01"));
            organization.setNull(7, java.sql.Types.DATE);
            organization.setString(8, "ACTIVE");
            organization.executeUpdate();
        }
        long[] enterprises = new long[ENTERPRISES];
        try (PreparedStatement enterprise = connection.prepareStatement(
                "INSERT INTO enterprise (id, version, name, credit_code, park_id, industry, employees, founded_on, "
                        + "closed_on) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ENTERPRISES; i++) {
                enterprises[i] = id++;
                enterprise.setLong(1, enterprises[i]);
                enterprise.setString(2, "基准测试企业" + i);
                enterprise.setString(3, creditCode(i));
                enterprise.setLong(4, parks[i % PARKS]);
                enterprise.setString(5, "软件和信息技术服务");
                enterprise.setInt(6, 3 + random.nextInt(300));
                enterprise.setDate(7, Date.valueOf(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(7500))));
                if (random.nextInt(12) == 0) {
                    enterprise.setDate(8, Date.valueOf(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1500))));
                } else {
                    enterprise.setNull(8, java.sql.Types.DATE);
                }
                enterprise.addBatch();
                if (i % 1000 == 999) {
                    enterprise.executeBatch();
                }
            }
            enterprise.executeBatch();
        }
        List<long[]> links = new ArrayList<>();
        try (PreparedStatement organization = connection.prepareStatement(
                "INSERT INTO organization (id, version, name, type, parent_id, path, established_on, dissolved_on, "
                        + "status) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = 0;
            int count = 0;
            while (next < ENTERPRISES) {
                int kind = random.nextInt(10);
                int units = kind < 2 ? 1 : kind < 3 ? 2 + random.nextInt(4) : 0;
                if (units == 0) {
                    next++;
                    continue;
                }
                long org = id++;
                boolean dissolved = random.nextInt(15) == 0;
                organization.setLong(1, org);
                organization.setString(2, "基准测试支部" + count++);
                organization.setString(3, units == 1 ? "BRANCH" : "JOINT_BRANCH");
                organization.setLong(4, root);
                organization.setString(5, "/" + root + "/" + org + "/");
                LocalDate established = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000));
                organization.setDate(6, Date.valueOf(established));
                if (dissolved) {
                    organization.setDate(7, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600))));
                    organization.setString(8, "DISSOLVED");
                } else {
                    organization.setNull(7, java.sql.Types.DATE);
                    organization.setString(8, "ACTIVE");
                }
                organization.addBatch();
                for (int u = 0; u < units && next < ENTERPRISES; u++) {
                    links.add(new long[] {org, enterprises[next++], established.toEpochDay()});
                }
                if (count % 1000 == 0) {
                    organization.executeBatch();
                }
            }
            organization.executeBatch();
        }
        // the current links and their dated periods (rule E8: from the founding, as V14 migrates them)
        for (String insert : List.of("INSERT INTO organization_enterprise (organization_id, enterprise_id) "
                + "VALUES (?, ?)", "INSERT INTO enterprise_link (organization_id, enterprise_id, from_on) "
                + "VALUES (?, ?, ?)")) {
            try (PreparedStatement link = connection.prepareStatement(insert)) {
                boolean dated = insert.contains("from_on");
                int n = 0;
                for (long[] row : links) {
                    link.setLong(1, row[0]);
                    link.setLong(2, row[1]);
                    if (dated) {
                        link.setDate(3, Date.valueOf(LocalDate.ofEpochDay(row[2])));
                    }
                    link.addBatch();
                    if (++n % 1000 == 0) {
                        link.executeBatch();
                    }
                }
                link.executeBatch();
            }
        }
        try (PreparedStatement instructor = connection.prepareStatement(
                "INSERT INTO instructor_assignment (id, version, enterprise_id, name, role, from_on, to_on) "
                        + "VALUES (?, 1, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ENTERPRISES; i += 5) {
                instructor.setLong(1, id++);
                instructor.setLong(2, enterprises[(i * 7 + 3) % ENTERPRISES]);
                instructor.setString(3, "基准测试指导员" + i);
                instructor.setString(4, i % 2 == 0 ? "INSTRUCTOR" : "LIAISON");
                instructor.setDate(5, Date.valueOf(LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2000))));
                if (random.nextBoolean()) {
                    instructor.setDate(6, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700))));
                } else {
                    instructor.setNull(6, java.sql.Types.DATE);
                }
                instructor.addBatch();
                if (i % 5000 == 0) {
                    instructor.executeBatch();
                }
            }
            instructor.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
    }

    static String creditCode(int n) {
        StringBuilder code = new StringBuilder("91370700B");
        String digits = String.format("%08d", n);
        code.append(digits);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.append(CHARSET.charAt(check == 31 ? 0 : check)).toString();
    }

    static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
