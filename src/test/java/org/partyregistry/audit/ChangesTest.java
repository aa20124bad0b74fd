package org.partyregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    @DisplayName("each changed field is [old, new] as text, in the order recorded; nulls stay JSON null")
    void json() {
        Changes changes = Changes.of().change("name", "A", "B").set("on", LocalDate.of(2026, 3, 1))
                .change("seats", 3, null);
        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.toJson()).isEqualTo("{\"name\":[\"A\",\"B\"],\"on\":[null,\"2026-03-01\"],"
                + "\"seats\":[\"3\",null]}");
    }

    @Test
    @DisplayName("a field whose value did not change is left out")
    void unchanged() {
        Changes changes = Changes.of().change("name", "A", "A").change("type", null, null);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.toJson()).isEqualTo("{}");
    }
}
