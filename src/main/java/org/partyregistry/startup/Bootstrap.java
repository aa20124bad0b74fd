package org.partyregistry.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.partyregistry.platform.DataSourceConfiguration;
import org.partyregistry.platform.PersonalDataCipher;
import org.partyregistry.platform.Settings;
import org.partyregistry.security.AccountService;

/**
 * Start-up, once per node: checks the personal-data key, migrates the schema (Flyway takes a database lock, so nodes starting together migrate
 * once), loads the demo data into an empty database when asked, and makes sure the {@code admin} account exists.
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

    @PostConstruct
    void start() {
        // refuses to start without a usable personal-data key (required on PostgreSQL)
        cipher.check();
        var flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        // an own schema (created when missing) lets several installations share one PostgreSQL database
        Settings.get(Settings.DB_SCHEMA).ifPresent(flyway::schemas);
        var result = flyway.load().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied) on " + (Settings.embeddedDatabase() ? "embedded H2 in " + Settings.dataDir()
                : "PostgreSQL"));
        if (Settings.demo()) {
            seeds.loadDemoOnce();
        }
        ensureAdmin();
    }

    private void ensureAdmin() {
        if (accounts.hasAdmin()) {
            return;
        }
        String password = Settings.get(Settings.ADMIN_PASSWORD).orElse(null);
        if (password == null && Settings.embeddedDatabase()) {
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
