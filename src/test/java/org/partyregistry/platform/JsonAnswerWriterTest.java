package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class JsonAnswerWriterTest {

    public record Row(Long id, String name, LocalDate on, List<String> tags) {
    }

    private final JsonAnswerWriter writer = new JsonAnswerWriter();

    @Test
    void writesWhatTheContainersWriterWouldAndLeavesTheStreamOpen() throws Exception {
        List<Row> rows = List.of(new Row(1L, "第一支部", LocalDate.of(2025, 7, 1), List.of("甲")),
                new Row(2L, null, null, List.of()));
        Type type = JsonAnswerWriterTest.class.getDeclaredField("listOfRows").getGenericType();
        ClosingChecked out = new ClosingChecked();
        writer.writeTo(rows, List.class, type, null, MediaType.APPLICATION_JSON_TYPE, null, out);

        String written = out.toString(StandardCharsets.UTF_8);
        try (var jsonb = JsonbBuilder.create()) {
            assertThat(written).isEqualTo(jsonb.toJson(rows, type));
        }
        assertThat(written).contains("\"name\":\"第一支部\"", "\"on\":\"2025-07-01\"");
        assertThat(out.closed).as("the container closes the response's stream").isFalse();
    }

    @Test
    void takesTheApplicationsAnswersOnly() {
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        assertThat(writer.isWriteable(Row.class, Row.class, null, json)).isTrue();
        assertThat(writer.isWriteable(List.class, List.class, null, json)).isTrue();
        assertThat(writer.isWriteable(Problem.class, Problem.class, null, json)).isTrue();
        assertThat(writer.isWriteable(JsonObject.class, JsonObject.class, null, json)).as("JSON-P").isFalse();
        assertThat(writer.isWriteable(String.class, String.class, null, json)).isFalse();
        assertThat(writer.isWriteable(Row.class, Row.class, null, MediaType.TEXT_PLAIN_TYPE)).isFalse();
        assertThat(writer.isWriteable(Row.class, Row.class, null, MediaType.WILDCARD_TYPE)).isFalse();
    }

    /**
     * Jersey orders providers that take the same type at the same distance by their priority, then as found: this
     * writer must come before its JSON-B writer (no priority: the default), or it is used only on some starts.
     */
    @Test
    void comesBeforeTheContainersJsonBWriter() {
        jakarta.annotation.Priority priority = JsonAnswerWriter.class.getAnnotation(jakarta.annotation.Priority.class);
        assertThat(priority).as("a priority").isNotNull();
        assertThat(priority.value()).isLessThan(jakarta.ws.rs.Priorities.USER);
    }

    List<Row> listOfRows;

    private static final class ClosingChecked extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
        }
    }
}
