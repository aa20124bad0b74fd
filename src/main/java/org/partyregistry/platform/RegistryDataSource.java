package org.partyregistry.platform;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source the container pools: the embedded H2 file database under {@code REGISTRY_DATA_DIR} by default,
 * PostgreSQL when {@code REGISTRY_DB_URL} is set. Choosing in code keeps one declaration for both databases and
 * makes the choice testable.
 */
public class RegistryDataSource implements DataSource {

    private volatile Settings settings;
    private volatile DataSource delegate;
    private volatile boolean ownerOnly;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** The container's instance: it reads the application's settings when the pool first connects. */
    public RegistryDataSource() {
    }

    RegistryDataSource(Settings settings) {
        this.settings = settings;
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = create();
                    delegate = current;
                }
            }
        }
        return current;
    }

    /** The PostgreSQL session setting below ({@code options} of a connection). */
    public static final String CUSTOM_PLANS = "-c plan_cache_mode=force_custom_plan";

    /**
     * PostgreSQL plans each execution for its own values, never once for all ({@code plan_cache_mode}): the driver
     * prepares a statement on the server after five executions, and after five more PostgreSQL may keep a generic plan
     * made without the values. For "under this path" ({@code path LIKE ?}) the whole register and one branch need
     * different plans: the dues arrears' count of a city went from 0.2 s to 0.9 s on its tenth call with the generic
     * plan (docs/performance.md). Planning anew costs a millisecond or two. Options given in the URL are kept.
     */
    static String withCustomPlans(String options) {
        String custom = CUSTOM_PLANS;
        return options == null || options.isBlank() ? custom
                : options.contains("plan_cache_mode") ? options : options + " " + custom;
    }

    /** The database's own data source, as {@link #create} makes it (for the tests). */
    DataSource created() throws SQLException {
        return create();
    }

    private DataSource create() throws SQLException {
        if (settings == null) {
            settings = Settings.current();
        }
        String url = settings.jdbcUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            var pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            settings.get(Settings.DB_USER).ifPresent(pg::setUser);
            settings.get(Settings.DB_PASSWORD).ifPresent(pg::setPassword);
            settings.get(Settings.DB_SCHEMA).ifPresent(pg::setCurrentSchema);
            pg.setApplicationName("party-registry");
            pg.setOptions(withCustomPlans(pg.getOptions()));
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            if (settings.embeddedDatabase()) {
                try {
                    Path folder = settings.dataDir();
                    if (!Files.isDirectory(folder)) {
                        Files.createDirectories(folder);
                        restrictToOwner(folder);
                    }
                } catch (java.io.IOException e) {
                    throw new SQLException("Cannot create the data folder " + settings.dataDir(), e);
                }
            }
            var h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(settings.get(Settings.DB_USER).orElse("registry"));
            h2.setPassword(settings.get(Settings.DB_PASSWORD).orElse(""));
            return h2;
        }
        throw new SQLException("Unsupported REGISTRY_DB_URL (use jdbc:postgresql: or jdbc:h2:): " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = delegate().getConnection();
        if (!ownerOnly) {
            ownerOnly = true;
            if (settings.embeddedDatabase()) {
                restrictToOwner(settings.dataDir());
            }
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /**
     * The embedded database holds personal data: its folder becomes rwx------ and the files in it rw------- (H2
     * creates them with the process's umask, typically 0644 in a 0755 folder). The folder's mode alone keeps files
     * H2 creates later out of other users' reach. Does nothing where the file system has no POSIX permissions.
     */
    static void restrictToOwner(Path folder) {
        try {
            if (!Files.isDirectory(folder)
                    || !folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            Logger.getLogger(RegistryDataSource.class.getName()).warning(
                    "Cannot make the data folder owner-only: " + e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
