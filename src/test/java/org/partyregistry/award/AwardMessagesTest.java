package org.partyregistry.award;

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
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.award.entity.Medal50;
import org.partyregistry.award.entity.NominationState;
import org.partyregistry.platform.Messages;

class AwardMessagesTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                AwardMessagesTest.class.getResourceAsStream("/i18n/" + resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches("(medal|medal_round|medal_roster|honor|honors|certificate)\\..*")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    @DisplayName("AW12 every award message of the Chinese base bundle has its English text and the reverse")
    void bothLanguages() throws IOException {
        Set<String> chinese = keys("messages.properties");
        assertThat(chinese).contains("medal.notCandidate", "medal.alreadyHolds", "honor.duplicate",
                "certificate.noFont");
        assertThat(keys("messages_en.properties")).isEqualTo(chinese);
    }

    @Test
    @DisplayName("AW12 the award enums read in both languages; a refusal names the member, year and reason")
    void enumsAndArguments() {
        Messages chinese = Messages.of(Locale.SIMPLIFIED_CHINESE);
        Messages english = Messages.of(Locale.ENGLISH);
        Stream.of(HonorKind.values(), HonorLevel.values(), NominationState.values(), Medal50.Ineligible.values())
                .flatMap(Stream::of).forEach(value -> {
                    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                    assertThat(chinese.get(key)).as(key).isNotEqualTo(key);
                    assertThat(english.get(key)).as(key).isNotEqualTo(key).isNotEqualTo(chinese.get(key));
                });
        assertThat(english.format("medal.notCandidate", "示例老党员甲", 2026, Medal50.Ineligible.STANDING_TOO_SHORT))
                .isEqualTo("示例老党员甲 is not a candidate for the 2026 \"50 years in the Party\" medal: party standing"
                        + " under 50 years");
        assertThat(chinese.format("medal.notCandidate", "示例老党员甲", 2026, Medal50.Ineligible.ALREADY_AWARDED))
                .isEqualTo("示例老党员甲不是 2026 年度“光荣在党50年”纪念章的人选：已获得过纪念章");
    }
}
