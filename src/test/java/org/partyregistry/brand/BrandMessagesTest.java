package org.partyregistry.brand;

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
import org.partyregistry.brand.boundary.AllianceDetailBacking;
import org.partyregistry.platform.Messages;

class BrandMessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                BrandMessagesTest.class.getResourceAsStream("/i18n/" + resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("brand") || key.startsWith("alliance") || key.startsWith("AllianceMemberKind")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    @DisplayName("every brand and alliance text of the Chinese base bundle has its English text and the reverse")
    void bothLanguages() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(keys(chinese)).hasSizeGreaterThan(50).isEqualTo(keys(english));
        for (AllianceDetailBacking.Kind kind : AllianceDetailBacking.Kind.values()) {
            assertThat(chinese.getProperty("AllianceMemberKind." + kind)).isNotBlank();
        }
    }

    @Test
    @DisplayName("B2, B9: the refusals read with their arguments in both languages")
    void refusalsFormat() {
        assertThat(Messages.of(Messages.CHINESE).format("brand.duplicate", "e企创", "潍坊软件园党委"))
                .isEqualTo("潍坊软件园党委已有名为“e企创”的党建品牌");
        assertThat(Messages.of(java.util.Locale.ENGLISH).format("alliance.memberOverlaps", "示例云帆",
                java.time.LocalDate.of(2020, 6, 28), ""))
                .contains("示例云帆").contains("2020-06-28").contains("cannot overlap");
    }
}
