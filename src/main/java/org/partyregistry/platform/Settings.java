package org.partyregistry.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runtime settings, read through MicroProfile Config. Each setting's name is its environment variable's, so the
 * environment variable and a Java system property of that name ({@code -DREGISTRY_DB_URL=...}, which wins) both
 * set it, as the README documents; an empty value counts as unset. Defaults make the app run with no set-up on the
 * embedded database.
 *
 * <p>CDI beans inject single values with {@code @ConfigProperty(name = Settings.X)}; this class serves what the
 * container creates outside CDI (the pooled {@link RegistryDataSource}) and the settings derived from several
 * values (the embedded database, its folder, the JDBC URL, the demo default).
 */
public final class Settings {

    public static final String DATA_DIR = "REGISTRY_DATA_DIR";
    public static final String DB_URL = "REGISTRY_DB_URL";
    public static final String DB_USER = "REGISTRY_DB_USER";
    public static final String DB_PASSWORD = "REGISTRY_DB_PASSWORD";
    public static final String DEMO = "REGISTRY_DEMO";
    public static final String ADMIN_PASSWORD = "REGISTRY_ADMIN_PASSWORD";
    public static final String PASSWORD_ITERATIONS = "REGISTRY_PASSWORD_ITERATIONS";
    public static final String ENCRYPTION_KEY = "REGISTRY_ENCRYPTION_KEY";
    public static final String DB_SCHEMA = "REGISTRY_DB_SCHEMA";
    public static final String CJK_FONT = "REGISTRY_CJK_FONT";

    private final Function<String, Optional<String>> source;

    private Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * The application's settings, from MicroProfile Config (system properties, then the environment). The class
     * loader is named because the pool opens connections on container threads that have no context class loader.
     */
    public static Settings current() {
        var config = ConfigProvider.getConfig(Settings.class.getClassLoader());
        return new Settings(name -> config.getOptionalValue(name, String.class));
    }

    /** Settings from fixed values, for tests and tools. */
    public static Settings of(Map<String, String> values) {
        return new Settings(name -> Optional.ofNullable(values.get(name)));
    }

    public Optional<String> get(String name) {
        return source.apply(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    public Path dataDir() {
        return Path.of(get(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    }

    /** True when no external database is configured and the embedded H2 file database is used. */
    public boolean embeddedDatabase() {
        return get(DB_URL).isEmpty();
    }

    public String jdbcUrl() {
        return get(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("registry").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    /** Demo data loads by default on the embedded database only. */
    public boolean demo() {
        return get(DEMO).map(Boolean::parseBoolean).orElse(embeddedDatabase());
    }
}
