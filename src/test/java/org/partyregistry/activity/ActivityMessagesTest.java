package org.partyregistry.activity;

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
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.AttendanceStatus;
import org.partyregistry.activity.entity.Frequency;

class ActivityMessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                ActivityMessagesTest.class.getResourceAsStream("/i18n/" + resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> activityKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("activity") || key.startsWith("compliance")) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    @DisplayName("every activity message and enum of the Chinese base bundle has its English text and the reverse")
    void bothLanguages() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(activityKeys(chinese)).isNotEmpty().isEqualTo(activityKeys(english));
        for (Enum<?>[] values : new Enum<?>[][] {ActivityType.values(), AttendanceStatus.values(),
                Frequency.values()}) {
            for (Enum<?> value : values) {
                String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                assertThat(chinese.getProperty(key)).as(key).isNotBlank();
                assertThat(english.getProperty(key)).as(key).isNotBlank();
            }
        }
    }
}
