package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every text of the Chinese base bundle has its English text, and the reverse, for the whole application. */
class BundleParityTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                BundleParityTest.class.getResourceAsStream("/i18n/" + resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    @DisplayName("messages: the same keys in Chinese and English")
    void messages() throws IOException {
        Set<String> chinese = keys("messages.properties");
        assertThat(chinese).contains("member.idSearchForbidden", "error.title.500");
        assertThat(keys("messages_en.properties")).isEqualTo(chinese);
    }

    @Test
    @DisplayName("faces: the same keys in Chinese and English")
    void faces() throws IOException {
        assertThat(keys("faces_en.properties")).isEqualTo(keys("faces.properties"));
    }
}
