package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule S7: the start-up code writes no demo record and no audit entry itself — every one comes from a feature's
 * service, called as a demo account; its only own write is the {@code seed_run} row that says the demo was loaded.
 */
class SeedThroughServicesTest {

    private static final Path STARTUP = Path.of("src/main/java/org/partyregistry/startup");

    @Test
    @DisplayName("S7 the start-up code neither persists, merges or removes entities nor writes audit entries")
    void noWriteAroundTheServices() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(STARTUP)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        long updates = 0;
        for (Path source : sources) {
            String code = Files.readString(source);
            assertThat(code).as(source.getFileName().toString())
                    .doesNotContain("AuditTrail", "audit.record", ".persist(", ".merge(", ".remove(", "Scope.system()",
                            "Scope.SYSTEM");
            updates += code.split("executeUpdate\\(", -1).length - 1;
        }
        assertThat(updates).as("native writes: the seed_run row only").isEqualTo(1);
        assertThat(Files.readString(STARTUP.resolve("SeedLoader.java")))
                .contains("INSERT INTO seed_run").contains("runAs.call(DEMO_USER");
    }
}
