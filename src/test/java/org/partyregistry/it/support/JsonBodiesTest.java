package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.it.support.JsonBodies.array;
import static org.partyregistry.it.support.JsonBodies.json;
import static org.partyregistry.it.support.JsonBodies.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request bodies the integration tests send are the JSON they used to write out by hand. */
class JsonBodiesTest {

    @Test
    void namesAndValuesInOrderWithNullsDatesAndEscapes() {
        assertThat(json("name", "甲支部 \"x\"", "type", "BRANCH", "parentId", null, "establishedOn",
                LocalDate.of(1960, 1, 1)).toString())
                .isEqualTo("{\"name\":\"甲支部 \\\"x\\\"\",\"type\":\"BRANCH\",\"parentId\":null,"
                        + "\"establishedOn\":\"1960-01-01\"}");
    }

    @Test
    void numbersKeepTheirScaleAndListsBecomeArrays() {
        assertThat(json("paidOn", "2026-03-01", "months", List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
                "amount", new BigDecimal("153.00"), "income", 5100, "id", 9_876_543_210L, "ok", true).toString())
                .isEqualTo("{\"paidOn\":\"2026-03-01\",\"months\":[\"2026-01\",\"2026-02\"],\"amount\":153.00,"
                        + "\"income\":5100,\"id\":9876543210,\"ok\":true}");
        assertThat(array(1L, 2L).toString()).isEqualTo("[1,2]");
        assertThat(json("holders", List.of(json("memberId", 7, "seat", "SECRETARY"))).toString())
                .isEqualTo("{\"holders\":[{\"memberId\":7,\"seat\":\"SECRETARY\"}]}");
        assertThat(json().toString()).isEqualTo("{}");
    }

    @Test
    void withAddsAndReplaces() {
        assertThat(with(json("a", 1, "b", 2), "b", 3, "c", "x").toString()).isEqualTo("{\"a\":1,\"b\":3,\"c\":\"x\"}");
        assertThat(with(json("a", 1)).toString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void refusesOddPairsAndUnknownValues() {
        assertThatThrownBy(() -> json("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json(1, "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json("a", new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
