package org.partyregistry.audit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.platform.Messages;

/**
 * An audit entry in the reader's language (rule A4): the entity type ({@code AuditEntity.Member}), the action
 * ({@code AuditAction.REVEAL}) and each changed field ({@code AuditField.name}) through the bundle, falling back to
 * the stored code for one the bundle does not name; the changes as "field: old → new" lines instead of JSON.
 */
public final class AuditText {

    /** Looked up once ({@code Json.createReader} searches the class path on every call; an audit page reads many). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One changed field: its label, the value before (null on creation) and after. */
    public record Change(String field, String before, String after) implements java.io.Serializable {
    }

    private final Messages messages;

    public AuditText(Messages messages) {
        this.messages = messages;
    }

    public String entity(String type) {
        return label("AuditEntity.", type);
    }

    public String action(String code) {
        return label("AuditAction.", code);
    }

    private String label(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = prefix + code;
        String text = messages.get(key);
        return text.equals(key) ? code : text;
    }

    /** The changes of an entry, one per field in the stored order; text that is not the expected JSON as one line. */
    public List<Change> changes(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
            return List.of(new Change("", null, json));
        }
        List<Change> changes = new ArrayList<>();
        object.forEach((field, value) -> {
            String label = label("AuditField.", field);
            if (value instanceof JsonArray pair && pair.size() == 2) {
                changes.add(new Change(label, text(pair.get(0)), text(pair.get(1))));
            } else {
                changes.add(new Change(label, null, text(value)));
            }
        });
        return changes;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
