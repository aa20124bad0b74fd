package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryDataSourceTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("the embedded database's folder and files are readable by their owner only")
    void ownerOnly() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = temp.resolve("data");
        try (Connection connection = dataSource(folder).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (id INT)");
            statement.execute("INSERT INTO t VALUES (1)");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.getFileName().toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    @DisplayName("an existing, too open data folder is made owner-only on the first connection")
    void existingFolder() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectories(temp.resolve("old"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(folder.resolve("registry.trace.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Connection connection = dataSource(folder).getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    @DisplayName("PostgreSQL plans every execution for its values; options a site gives in the URL are kept")
    void customPlans() throws Exception {
        org.postgresql.ds.PGSimpleDataSource plain = postgres("jdbc:postgresql://db.example:5432/registry");
        assertThat(plain.getOptions()).isEqualTo("-c plan_cache_mode=force_custom_plan");
        assertThat(plain.getCurrentSchema()).isEqualTo("registry");
        assertThat(postgres("jdbc:postgresql://db.example/registry?options=-c%20statement_timeout%3D5000")
                .getOptions()).isEqualTo("-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan");
        assertThat(RegistryDataSource.withCustomPlans("-c plan_cache_mode=auto")).as("a site's own choice")
                .isEqualTo("-c plan_cache_mode=auto");
    }

    private static org.postgresql.ds.PGSimpleDataSource postgres(String url) throws Exception {
        return (org.postgresql.ds.PGSimpleDataSource) new RegistryDataSource(Settings.of(Map.of(Settings.DB_URL, url,
                Settings.DB_SCHEMA, "registry"))).created();
    }

    private static RegistryDataSource dataSource(Path folder) {
        return new RegistryDataSource(Settings.of(Map.of(Settings.DATA_DIR, folder.toString())));
    }
}
