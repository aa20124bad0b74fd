package org.partyregistry.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Request bodies built with JSON-P instead of escaped strings: {@code json("name", name, "parentId", null)}.
 * Values may be {@code null}, strings, numbers, booleans, dates and months (written as ISO text), enums (their
 * name), maps (objects), collections and arrays (arrays) or JSON-P values.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** An object of alternating names and values, in that order. */
    public static JsonObject json(Object... namesAndValues) {
        return fields(Json.createObjectBuilder(), namesAndValues).build();
    }

    /** An object of these fields, in the map's order. */
    public static JsonObject json(Map<String, ?> fields) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((name, value) -> object.add(name, value(value)));
        return object.build();
    }

    /** A copy of {@code object} with these names and values added, or replaced. */
    public static JsonObject with(JsonObject object, Object... namesAndValues) {
        return fields(Json.createObjectBuilder(object), namesAndValues).build();
    }

    /** An array of these values. */
    public static JsonArray array(Object... values) {
        return array(Arrays.asList(values));
    }

    /** An array of these values, in order. */
    public static JsonArray array(Collection<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> array.add(value(value)));
        return array.build();
    }

    private static JsonObjectBuilder fields(JsonObjectBuilder object, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + Arrays.toString(namesAndValues));
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("not a field name: " + namesAndValues[i]);
            }
            object.add(name, value(namesAndValues[i + 1]));
        }
        return object;
    }

    /** The JSON-P value of a Java value. */
    public static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (value instanceof BigInteger integer) {
            return Json.createValue(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            return Json.createValue(((Number) value).doubleValue());
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return Json.createValue(value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((name, v) -> object.add(String.valueOf(name), value(v)));
            return object.build();
        }
        if (value instanceof Collection<?> collection) {
            return array(collection);
        }
        if (value instanceof Object[] values) {
            return array(values);
        }
        throw new IllegalArgumentException("no JSON for " + value.getClass().getName() + ": " + value);
    }
}
