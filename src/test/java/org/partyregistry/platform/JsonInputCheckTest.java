package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonInputCheckTest {

    record Inner(Integer number, String name) {
    }

    record Input(Integer employees, int seats, Long id, List<Long> ids, Inner inner, List<Inner> terms,
                 BigDecimal income) {
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static void check(String text) {
        JsonInputCheck.check(json(text), Input.class, null);
    }

    @Test
    @DisplayName("Whole numbers in range pass, however written (1.0, 1e3); null, strings and decimals elsewhere too")
    void accepted() {
        assertThatCode(() -> check("{\"employees\":20,\"seats\":7,\"id\":9007199254740993,\"ids\":[1,2],"
                + "\"inner\":{\"number\":1e3,\"name\":\"x\"},\"terms\":[{\"number\":2.0}],\"income\":1.5}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("{\"employees\":null,\"seats\":\"7\",\"id\":-9223372036854775808}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("{\"employees\":2147483647,\"seats\":-2147483648,\"id\":0}"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("1e30, -1e308, 1.5 and one past the range are refused on the field, nested records and lists too")
    void refused() {
        assertRefused(() -> check("{\"employees\":1e30}"), "error.wholeNumber", "employees");
        assertRefused(() -> check("{\"employees\":-1e308}"), "error.wholeNumber", "employees");
        assertRefused(() -> check("{\"employees\":1.5}"), "error.wholeNumber", "employees");
        assertRefused(() -> check("{\"employees\":2147483648}"), "error.wholeNumber", "employees");
        assertRefused(() -> check("{\"seats\":1e-999999999}"), "error.wholeNumber", "seats");
        assertRefused(() -> check("{\"id\":9223372036854775808}"), "error.wholeNumber", "id");
        assertRefused(() -> check("{\"ids\":[1,2.5]}"), "error.wholeNumber", "ids");
        assertRefused(() -> check("{\"inner\":{\"number\":1e30}}"), "error.wholeNumber", "number");
        assertRefused(() -> check("{\"terms\":[{\"number\":1},{\"number\":0.5}]}"), "error.wholeNumber", "number");
        Type list = Input.class.getRecordComponents()[3].getGenericType();
        assertRefused(() -> JsonInputCheck.check(json("[1,1e19]"), list, null), "error.wholeNumber", null);
    }

    @Test
    @DisplayName("A NUL character in any text is refused on its field (PostgreSQL cannot store it); other text passes")
    void nulInText() {
        assertRefused(() -> check("{\"inner\":{\"name\":\"a\\u0000b\"}}"), "text.nul", "name");
        assertRefused(() -> check("{\"terms\":[{\"name\":\"ok\"},{\"name\":\"\\u0000\"}]}"), "text.nul", "name");
        assertThatCode(() -> check("{\"inner\":{\"name\":\"第一行\\n第二行 \\u202e\"}}"))
                .doesNotThrowAnyException();
    }
}
