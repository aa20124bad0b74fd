package org.partyregistry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.partyregistry.it.support.TestDatabase;
import org.partyregistry.platform.PersonalDataCipher;

/**
 * The benchmarks' PostgreSQL database ({@code -Dbench.pg.url}, never the integration tests' one), one schema per
 * use: {@code bench_<scale>} for a generated register, others for start-up runs on an empty schema. The role, the
 * database and the schema are created when missing (connecting as {@code bench.pg.adminUser} to do so).
 */
final class BenchDatabase {

    final String url;
    final String user;
    final String password;

    private BenchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static BenchDatabase fromProperties() {
        String url = property("bench.pg.url").orElse("jdbc:postgresql://127.0.0.1:5432/registry_bench");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The benchmarks run on PostgreSQL: bench.pg.url must be a "
                    + "jdbc:postgresql:// URL, not " + url);
        }
        return new BenchDatabase(url, property("bench.pg.user").orElse("registry_bench"),
                property("bench.pg.password").orElse("registry_bench"));
    }

    /** Creates the role, the database and {@code schema} where missing. */
    void provision(String schema) {
        TestDatabase.provision(url, user, password, schema, property("bench.pg.adminUser").orElse("postgres"),
                property("bench.pg.adminPassword").orElse(""));
    }

    /** Brings {@code schema} to the application's latest migration, as a node would. */
    void migrate(String schema) {
        Flyway.configure(getClass().getClassLoader()).dataSource(url, user, password).schemas(schema)
                .locations("classpath:db/migration").load().migrate();
    }

    void dropSchema(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** A connection to {@code schema} with the session settings the application's pool uses (the bare SQL's). */
    Connection connect(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            statement.execute("SET " + org.partyregistry.platform.RegistryDataSource.CUSTOM_PLANS
                    .replace("-c ", "").replace("=", " = "));
        }
        return connection;
    }

    /** The settings a node gets to use {@code schema}. */
    Map<String, String> nodeSettings(String schema, String adminPassword) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("REGISTRY_DB_URL", url);
        settings.put("REGISTRY_DB_USER", user);
        settings.put("REGISTRY_DB_PASSWORD", password);
        settings.put("REGISTRY_DB_SCHEMA", schema);
        settings.put("REGISTRY_DEMO", "false");
        settings.put("REGISTRY_ADMIN_PASSWORD", adminPassword);
        settings.put("REGISTRY_ENCRYPTION_KEY", encryptionKey());
        return settings;
    }

    /** The run's personal-data key, the one the nodes use, so generated data is encrypted as real data would be. */
    static String encryptionKey() {
        return property("REGISTRY_ENCRYPTION_KEY").or(() -> Optional.ofNullable(System.getenv(
                "REGISTRY_ENCRYPTION_KEY"))).orElseThrow(() -> new IllegalStateException(
                "REGISTRY_ENCRYPTION_KEY is not set: the bench profile sets its own test key"));
    }

    static PersonalDataCipher cipher() {
        return new PersonalDataCipher(Base64.getDecoder().decode(encryptionKey()));
    }

    static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
