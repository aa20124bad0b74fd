package org.partyregistry.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Runtime settings, read from a system property or else the environment variable of the same name. The README
 * documents each one; defaults make the app run with no set-up on the embedded database.
 */
public final class Settings {

    public static final String DATA_DIR = "REGISTRY_DATA_DIR";
    public static final String DB_URL = "REGISTRY_DB_URL";
    public static final String DB_USER = "REGISTRY_DB_USER";
    public static final String DB_PASSWORD = "REGISTRY_DB_PASSWORD";
    public static final String DEMO = "REGISTRY_DEMO";
    public static final String ADMIN_PASSWORD = "REGISTRY_ADMIN_PASSWORD";
    public static final String PASSWORD_ITERATIONS = "REGISTRY_PASSWORD_ITERATIONS";
    public static final String DB_POOL_MAX = "REGISTRY_DB_POOL_MAX";
    public static final String ENCRYPTION_KEY = "REGISTRY_ENCRYPTION_KEY";
    public static final String DB_SCHEMA = "REGISTRY_DB_SCHEMA";

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static Path dataDir() {
        return Path.of(get(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    }

    /** True when no external database is configured and the embedded H2 file database is used. */
    public static boolean embeddedDatabase() {
        return get(DB_URL).isEmpty();
    }

    public static String jdbcUrl() {
        return get(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("registry").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    /** Demo data loads by default on the embedded database only. */
    public static boolean demo() {
        return get(DEMO).map(Boolean::parseBoolean).orElse(embeddedDatabase());
    }

    public static int intValue(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }
}
