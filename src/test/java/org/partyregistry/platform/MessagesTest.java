package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bean Validation's constraints read in the project's own words, with the constraint's numbers put in. */
class MessagesTest {

    private final Messages chinese = Messages.of(Locale.SIMPLIFIED_CHINESE);
    private final Messages english = Messages.of(Locale.ENGLISH);

    @Test
    @DisplayName("a size from 0 reads as at most; from more, as a range")
    void sizes() {
        String size = "{jakarta.validation.constraints.Size.message}";
        assertThat(chinese.violation(size, Map.of("min", 0, "max", 50))).isEqualTo("最多 50 个字");
        assertThat(english.violation(size, Map.of("min", 0, "max", 50)))
                .isEqualTo("can have at most 50 characters");
        assertThat(chinese.violation(size, Map.of("min", 2, "max", 5))).isEqualTo("长度须在 2 到 5 之间");
    }

    @Test
    @DisplayName("dates and numbers in plain words; an unknown template is left to Bean Validation")
    void others() {
        assertThat(chinese.violation("{jakarta.validation.constraints.PastOrPresent.message}", Map.of()))
                .isEqualTo("不能晚于今天");
        assertThat(english.violation("{jakarta.validation.constraints.Min.message}", Map.of("value", 1L)))
                .isEqualTo("cannot be less than 1");
        assertThat(chinese.violation("{org.example.Unknown.message}", Map.of())).isNull();
        assertThat(chinese.violation("plain text", Map.of())).isNull();
    }
}
