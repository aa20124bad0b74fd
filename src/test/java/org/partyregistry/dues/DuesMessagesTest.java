package org.partyregistry.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.platform.Messages;

class DuesMessagesTest {

    private static Set<String> duesKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                DuesMessagesTest.class.getResourceAsStream("/i18n/" + resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("dues.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    @DisplayName("every dues message of the Chinese base bundle has its English text and the reverse")
    void bothLanguages() throws IOException {
        Set<String> chinese = duesKeys("messages.properties");
        assertThat(chinese).contains("dues.amountNegative", "dues.unknownCategory", "dues.tooFarBack");
        assertThat(duesKeys("messages_en.properties")).isEqualTo(chinese);
    }

    @Test
    @DisplayName("the dues enums read in both languages, and a refusal formats its arguments")
    void enumsAndArguments() {
        Messages chinese = Messages.of(Locale.SIMPLIFIED_CHINESE);
        Messages english = Messages.of(Locale.ENGLISH);
        Stream.of(DuesCategory.values(), PaymentMethod.values(), ArrearsLevel.values()).flatMap(Stream::of)
                .forEach(value -> {
                    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                    assertThat(chinese.get(key)).as(key).isNotEqualTo(key);
                    assertThat(english.get(key)).as(key).isNotEqualTo(key).isNotEqualTo(chinese.get(key));
                });
        assertThat(english.format("dues.tooFarBack", "2026-04", 6, "2026-05"))
                .isEqualTo("2026-04 is too far back: at most 6 months can be paid late, from 2026-05 on");
        assertThat(chinese.format("dues.amountMismatch", "152.99", "153.00", 2))
                .isEqualTo("金额 152.99 元与所交2个月的应交党费合计 153.00 元不符");
    }
}
