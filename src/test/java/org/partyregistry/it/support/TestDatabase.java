package org.partyregistry.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The database of an integration-test run, chosen by system properties that pom.xml passes:
 * <ul>
 * <li>{@code it.database=h2} (the default): the application's embedded H2 file database; nothing to prepare.</li>
 * <li>{@code it.database=postgres} with {@code it.pg.url} blank: an {@link EmbeddedPostgres} started for the run
 * and removed after it.</li>
 * <li>{@code it.database=postgres} with {@code it.pg.url} naming a server: that server. The role
 * {@code it.pg.user}/{@code it.pg.password}, its database and the schema {@code it.pg.schema} are created when
 * missing, connecting as {@code it.pg.adminUser} ({@code postgres}) with {@code it.pg.adminPassword} to do so.</li>
 * </ul>
 * The chosen settings are also set as system properties of the test JVM under the application's names
 * ({@code REGISTRY_DB_URL} ...), for the few tests that read the database directly ({@link #setting}).
 */
public final class TestDatabase implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String description;
    private final Map<String, String> settings;
    private final EmbeddedPostgres embedded;

    private TestDatabase(String description, Map<String, String> settings, EmbeddedPostgres embedded, boolean export) {
        this.description = description;
        this.settings = settings;
        this.embedded = embedded;
        if (export) {
            settings.forEach(System::setProperty);
        }
    }

    /** Prepares the database this run is configured for; its settings become the JVM's (see {@link #setting}). */
    public static TestDatabase forRun() {
        return prepare(true);
    }

    /**
     * A database of the same kind for a test that runs nodes of its own (the cluster test): its settings are read
     * from it ({@link #value}); the JVM's keep naming the suite's database, which the other tests of the JVM read
     * after it (an embedded server of its own stops when it closes).
     */
    public static TestDatabase ofItsOwn() {
        return prepare(false);
    }

    /** A setting of this database under the application's name ({@code REGISTRY_DB_URL} ...). */
    public Optional<String> value(String name) {
        return Optional.ofNullable(settings.get(name)).filter(value -> !value.isBlank());
    }

    private static TestDatabase prepare(boolean export) {
        if (!"postgres".equals(property("it.database").orElse("h2"))) {
            return new TestDatabase("H2", Map.of(), null, export);
        }
        String user = checkedName("it.pg.user", property("it.pg.user").orElse("registry_it"));
        String password = property("it.pg.password").orElse("registry_it");
        Optional<String> server = property("it.pg.url");
        String schema = checkedName("it.pg.schema", property("it.pg.schema").orElse("public")
                + server.flatMap(url -> forkSuffix()).orElse(""));
        String adminUser = property("it.pg.adminUser").orElse("postgres");
        String adminPassword = property("it.pg.adminPassword").orElse("");
        EmbeddedPostgres embedded = server.isEmpty() ? EmbeddedPostgres.start() : null;
        String url = server.orElseGet(() -> embedded.jdbcUrl(user));
        try {
            provision(url, user, password, schema, adminUser, adminPassword);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("REGISTRY_DB_URL", url);
        settings.put("REGISTRY_DB_USER", user);
        settings.put("REGISTRY_DB_PASSWORD", password);
        settings.put("REGISTRY_DB_SCHEMA", schema);
        return new TestDatabase((embedded == null ? "PostgreSQL at " : "embedded PostgreSQL at ") + url, settings,
                embedded, export);
    }

    /** A database setting of this run: the test JVM's system property, else its environment variable. */
    public static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(value -> !value.isBlank());
    }

    /** The settings Payara Micro gets as system properties (empty on H2: the environment decides). */
    Map<String, String> applicationSettings() {
        return settings;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    /**
     * On a server of the developer's ({@code it.pg.url}) the run's second test JVM ({@code it.fork}, failsafe's fork
     * number) takes a schema of its own, {@code <schema>_2}: the JVMs' tests would otherwise see each other's writes
     * (the fuzz test's audit check, for one). Embedded servers are one per JVM already.
     */
    private static Optional<String> forkSuffix() {
        return property("it.fork").filter(fork -> !fork.equals("1")).map(fork -> "_" + fork);
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static String checkedName(String property, String value) {
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(property + " must be a plain lower-case SQL name, not " + value);
        }
        return value;
    }

    /** Creates the role, its database and the schema where they are missing (also the benchmarks' database). */
    public static void provision(String url, String user, String password, String schema, String adminUser,
            String adminPassword) {
        String database = databaseName(url);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // role and database exist, and the password is right
        } catch (SQLException asUser) {
            String adminUrl = url.replaceFirst("/" + Pattern.quote(database) + "(\\?|$)", "/postgres$1");
            try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword)) {
                createRoleAndDatabase(admin, user, password, database);
            } catch (SQLException asAdmin) {
                IllegalStateException failure = new IllegalStateException("Cannot reach the test database " + url
                        + " as " + user + " (" + asUser.getMessage() + "), nor create it as " + adminUser + " ("
                        + asAdmin.getMessage() + "): set -Dit.pg.adminUser/-Dit.pg.adminPassword, or leave "
                        + "-Dit.pg.url empty for an embedded PostgreSQL");
                failure.addSuppressed(asAdmin);
                throw failure;
            }
        }
        if (!"public".equals(schema)) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the schema " + schema + " in " + url, e);
            }
        }
    }

    private static void createRoleAndDatabase(Connection admin, String user, String password, String database)
            throws SQLException {
        try (Statement statement = admin.createStatement()) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                statement.execute("CREATE ROLE " + user);
            }
            statement.execute("ALTER ROLE " + user + " WITH LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                statement.execute("CREATE DATABASE " + checkedName("it.pg.url database", database) + " OWNER "
                        + user + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String databaseName(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("it.pg.url must be a jdbc:postgresql:// URL, not " + url);
        }
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        return path == null || path.length() <= 1 ? "postgres" : path.substring(1);
    }
}
