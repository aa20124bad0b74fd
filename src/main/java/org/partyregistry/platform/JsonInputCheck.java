package org.partyregistry.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Checks a JSON body before it is bound to a REST record, on what binding would silently get wrong:
 * <ul>
 * <li>a number bound to an integer field must be a whole number the field holds: JSON-B reads {@code 1e30} into an
 * {@code int} as 1073741824, {@code -1e308} as 0 and {@code 1.5} as 1;</li>
 * <li>a text must not contain NUL (U+0000): no field means it, and PostgreSQL cannot store it (the write fails with a
 * 500 where H2 keeps it).</li>
 * </ul>
 * Such a value is refused with 400 on the record component's name (the name it has in JSON), in records nested in
 * records and lists too. A body that is not JSON is left to the binding, which reports it as before.
 */
@Provider
public class JsonInputCheck implements ReaderInterceptor {

    /** Looked up once: {@code Json.createReader} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Range of each integer type a record may declare. */
    private static final Map<Class<?>, long[]> RANGES = Map.of(
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
                || type == null || !(type.isRecord() || Collection.class.isAssignableFrom(type))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue json;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException unreadable) {
            return context.proceed();
        }
        check(json, context.getGenericType(), null);
        return context.proceed();
    }

    /**
     * Refuses, on its field, the first number that the integer field it is bound to cannot hold exactly, and the
     * first text with a NUL character.
     */
    static void check(JsonValue value, Type type, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (value instanceof JsonString text && text.getString().indexOf('\u0000') >= 0) {
            throw BusinessException.onField(field, "text.nul");
        }
        long[] range = RANGES.get(raw);
        if (range != null) {
            if (value instanceof JsonNumber number && !holds(number.bigDecimalValue(), range)) {
                throw BusinessException.onField(field, "error.wholeNumber", range[0], range[1]);
            }
        } else if (raw.isRecord() && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(object.get(component.getName()), component.getGenericType(), component.getName());
            }
        } else if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array
                && type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1) {
            for (JsonValue element : array) {
                check(element, parameterized.getActualTypeArguments()[0], field);
            }
        }
    }

    private static boolean holds(BigDecimal number, long[] range) {
        if (number.signum() == 0) {
            return true;
        }
        // a whole number has no digits after the point once trailing zeros go (1.0 and 1e3 are whole)
        if (number.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return number.compareTo(BigDecimal.valueOf(range[0])) >= 0 && number.compareTo(BigDecimal.valueOf(range[1])) <= 0;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
