package org.partyregistry.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.partyregistry.enterprise.control.CoveragePeriods;
import org.partyregistry.platform.DataSourceConfiguration;
import org.partyregistry.platform.PersonalDataCipher;
import org.partyregistry.platform.Settings;
import org.partyregistry.security.AccountService;

/**
 * Start-up, once per node: checks the personal-data key, then, under the {@link StartupLock} that nodes sharing one
 * PostgreSQL database take in turn, migrates the schema, makes sure the {@code admin} account exists and loads the
 * demo data into an empty database when asked (entered by demo accounts through the services, rule S7). Nodes
 * starting together thus do that work once: the first does it, the others wait for the lock and find it done.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SeedLoader seeds;

    @Inject
    AccountService accounts;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    @ConfigProperty(name = Settings.ADMIN_PASSWORD)
    Optional<String> adminPassword;

    private final Settings settings = Settings.current();

    /** How long a node waits for another node's start-up (migrations and the demo data) before it gives up. */
    static final Duration PATIENCE = Duration.ofMinutes(15);

    @PostConstruct
    void start() {
        // refuses to start without a usable personal-data key (required on PostgreSQL)
        cipher.check();
        long started = System.nanoTime();
        try (StartupLock lock = StartupLock.take(dataSource, settings.get(Settings.DB_SCHEMA).orElse("public"),
                PATIENCE)) {
            long locked = System.nanoTime();
            migrateAndSeed();
            long work = millis(locked);
            long waited = (locked - started) / 1_000_000;
            // the start-up benchmark reads this line to say where a node's start-up time goes
            LOG.info(() -> "Start-up work done in " + work + " ms after " + waited
                    + " ms waiting for the start-up lock");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or release the start-up lock: " + e.getMessage(), e);
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private void migrateAndSeed() {
        long started = System.nanoTime();
        var flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        // an own schema (created when missing) lets several installations share one PostgreSQL database
        settings.get(Settings.DB_SCHEMA).ifPresent(flyway::schemas);
        var result = flyway.load().migrate();
        long migrated = millis(started);
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied in " + migrated + " ms) on " + (settings.embeddedDatabase()
                ? "embedded H2 in " + settings.dataDir() : "PostgreSQL"));
        buildCoveragePeriods();
        // the administrator first: the demo data is entered by demo accounts the administrator creates
        ensureAdmin();
        if (settings.demo()) {
            long seeding = System.nanoTime();
            seeds.loadDemoOnce();
            LOG.info(() -> "Demo data checked in " + millis(seeding) + " ms");
        }
    }

    /**
     * Rule E11: the coverage periods built from the facts while the table is empty and some enterprise operates (the
     * migration that created it, or a node stopped before building it); afterwards every write keeps them current.
     */
    private void buildCoveragePeriods() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!CoveragePeriods.needsBuilding(connection)) {
                return;
            }
            connection.setAutoCommit(false);
            long rows = CoveragePeriods.rebuild(connection);
            connection.commit();
            LOG.info(() -> "Coverage periods built: " + rows + " rows in " + millis(started) + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the coverage periods: " + e.getMessage(), e);
        }
    }

    private void ensureAdmin() {
        if (accounts.hasAdmin()) {
            return;
        }
        String password = adminPassword.map(String::trim).filter(value -> !value.isEmpty()).orElse(null);
        if (password == null && settings.embeddedDatabase()) {
            password = seeds.demoAdminPassword();
        }
        if (password == null) {
            throw new IllegalStateException("REGISTRY_ADMIN_PASSWORD must be set to create the admin account "
                    + "on a new PostgreSQL database; refusing to start without an administrator");
        }
        if (accounts.ensureAdmin(password)) {
            LOG.info("Created the admin account");
        }
    }
}
