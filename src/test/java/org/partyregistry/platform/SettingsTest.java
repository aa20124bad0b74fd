package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    @DisplayName("with nothing set: the embedded H2 file database under ./data, with the demo data")
    void defaults() {
        Settings settings = Settings.of(Map.of());
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath() + "/registry;")
                .contains("LOCK_TIMEOUT=10000");
        assertThat(settings.demo()).isTrue();
    }

    @Test
    @DisplayName("REGISTRY_DB_URL switches to that database and turns the demo data off unless REGISTRY_DEMO says so")
    void externalDatabase() {
        String url = "jdbc:postgresql://127.0.0.1:5432/registry";
        Settings settings = Settings.of(Map.of(Settings.DB_URL, url));
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.jdbcUrl()).isEqualTo(url);
        assertThat(settings.demo()).isFalse();
        assertThat(Settings.of(Map.of(Settings.DB_URL, url, Settings.DEMO, "true")).demo()).isTrue();
        assertThat(Settings.of(Map.of(Settings.DEMO, "false")).demo()).isFalse();
    }

    @Test
    @DisplayName("REGISTRY_DATA_DIR moves the embedded database; values are trimmed and a blank one counts as unset")
    void dataDirAndBlanks() {
        Settings settings = Settings.of(Map.of(Settings.DATA_DIR, " /srv/registry/ ", Settings.DB_URL, "  ",
                Settings.DB_USER, " registry "));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/registry"));
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/srv/registry/registry;");
        assertThat(settings.get(Settings.DB_USER)).contains("registry");
        assertThat(settings.get(Settings.DB_PASSWORD)).isEmpty();
    }

    @Test
    @DisplayName("on PostgreSQL a missing REGISTRY_ENCRYPTION_KEY stops start-up; on H2 one is kept in the data folder")
    void encryptionKey(@org.junit.jupiter.api.io.TempDir Path temp) {
        assertThatThrownBy(() -> PersonalDataCipher.loadMasterKey(
                Settings.of(Map.of(Settings.DB_URL, "jdbc:postgresql://127.0.0.1/registry"))))
                .hasMessageContaining(Settings.ENCRYPTION_KEY);
        byte[] generated = PersonalDataCipher.loadMasterKey(Settings.of(Map.of(Settings.DATA_DIR, temp.toString())));
        assertThat(temp.resolve(PersonalDataCipher.KEY_FILE)).exists();
        assertThat(PersonalDataCipher.loadMasterKey(Settings.of(Map.of(Settings.DATA_DIR, temp.toString()))))
                .isEqualTo(generated);
    }
}
