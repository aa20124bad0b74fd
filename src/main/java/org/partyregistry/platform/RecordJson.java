package org.partyregistry.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The API's plain answers written as JSON straight from their records, the same JSON as JSON-B's default
 * configuration writes (properties in lexicographical order, null properties left out, dates as ISO dates, enums by
 * name) at a fraction of its cost: the city's whole lists (tens of millions of characters) spent most of their time
 * in JSON-B's generic machinery. Only what it is sure to write the same is taken: public records whose components
 * are numbers ({@code int}, {@code long}), booleans, text, {@link LocalDate}, enums, {@link BigDecimal}, lists of
 * those and of such records, maps from text to them, and such records; no JSON-B annotation anywhere and no getter
 * beside the components. {@link #plan} answers null for anything else, which JSON-B then writes.
 */
final class RecordJson {

    private RecordJson() {
    }

    /** How to write one declared type. */
    interface Kind {
        void write(Object value, JsonOut out) throws IOException;
    }

    /** Analysed record classes: their kind, or null when JSON-B must write them. */
    private static final ClassValue<Kind> RECORDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            return recordKind(type);
        }
    };

    /** A writer for {@code answer} declared as {@code type} (a record, or a list of them), or null. */
    static Kind plan(Object answer, Type type) {
        Kind declared = kindOf(type);
        if (declared != null || !(answer instanceof List<?> list)) {
            return declared;
        }
        // a list whose element type was lost (a Response's entity): its elements' one record class
        Class<?> element = null;
        for (Object item : list) {
            if (item == null || (element != null && item.getClass() != element)) {
                return null;
            }
            element = item.getClass();
        }
        if (element == null) {
            return (value, out) -> out.ascii("[]");
        }
        Kind kind = RECORDS.get(element);
        return kind == null ? null : listKind(kind);
    }

    /** Writes {@code answer} with {@code kind} (from {@link #plan}) as UTF-8; flushes but does not close. */
    static void write(Kind kind, Object answer, OutputStream stream) throws IOException {
        JsonOut out = new JsonOut(stream);
        try {
            kind.write(answer, out);
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Kind kindOf(Type type) {
        if (type instanceof Class<?> c) {
            if (c == Long.class || c == long.class || c == Integer.class || c == int.class) {
                return (value, out) -> out.number(((Number) value).longValue());
            }
            if (c == Boolean.class || c == boolean.class) {
                return (value, out) -> out.ascii((Boolean) value ? "true" : "false");
            }
            if (c == String.class) {
                return (value, out) -> out.string((String) value);
            }
            if (c == LocalDate.class) {
                return (value, out) -> out.date((LocalDate) value);
            }
            if (c == BigDecimal.class) {
                return (value, out) -> out.ascii(value.toString());
            }
            if (c.isEnum() && Modifier.isPublic(c.getModifiers())) {
                return (value, out) -> out.string(((Enum<?>) value).name());
            }
            return c.isRecord() ? RECORDS.get(c) : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if ((raw == List.class || raw == Collection.class) && arguments.length == 1) {
                Kind element = kindOf(arguments[0]);
                return element == null ? null : listKind(element);
            }
            if (raw == Map.class && arguments.length == 2 && arguments[0] == String.class) {
                Kind value = kindOf(arguments[1]);
                return value == null ? null : mapKind(value);
            }
        }
        return null;
    }

    private static Kind listKind(Kind element) {
        return (value, out) -> {
            out.raw('[');
            boolean first = true;
            for (Object item : (Collection<?>) value) {
                if (!first) {
                    out.raw(',');
                }
                first = false;
                if (item == null) {
                    out.ascii("null");
                } else {
                    element.write(item, out);
                }
            }
            out.raw(']');
        };
    }

    private static Kind mapKind(Kind valueKind) {
        return (value, out) -> {
            out.raw('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    out.raw(',');
                }
                first = false;
                out.string((String) entry.getKey());
                out.raw(':');
                if (entry.getValue() == null) {
                    out.ascii("null");
                } else {
                    valueKind.write(entry.getValue(), out);
                }
            }
            out.raw('}');
        };
    }

    /** A property of a record: its name as written ({@code "name":}), its accessor and its kind. */
    private record Property(String name, byte[] key, MethodHandle accessor, Kind kind) {
    }

    /** Records being analysed on this thread: a record that holds itself (a tree) is left to JSON-B. */
    private static final ThreadLocal<List<Class<?>>> ANALYSING = ThreadLocal.withInitial(ArrayList::new);

    private static Kind recordKind(Class<?> type) {
        if (!type.isRecord() || !isPublic(type) || annotated(type.getAnnotations()) || hasGetters(type)
                || ANALYSING.get().contains(type)) {
            return null;
        }
        ANALYSING.get().add(type);
        try {
            Property[] properties = properties(type);
            return properties == null ? null : (value, out) -> writeRecord(properties, value, out);
        } finally {
            ANALYSING.get().remove(type);
        }
    }

    /** The record's properties in JSON-B's order, or null when one of them is not for this writer. */
    private static Property[] properties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (annotated(component.getAnnotations()) || annotated(accessor.getAnnotations())
                    || annotated(fieldAnnotations(type, component.getName()))) {
                return null;
            }
            Kind kind = kindOf(component.getGenericType());
            if (kind == null) {
                return null;
            }
            try {
                MethodHandle handle = MethodHandles.publicLookup().unreflect(accessor);
                properties.add(new Property(component.getName(), JsonOut.key(component.getName()), handle, kind));
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        properties.sort(Comparator.comparing(Property::name));
        return properties.toArray(Property[]::new);
    }

    private static void writeRecord(Property[] properties, Object record, JsonOut out) throws IOException {
        out.raw('{');
        boolean first = true;
        for (Property property : properties) {
            Object value;
            try {
                value = property.accessor.invoke(record);
            } catch (IOException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            if (!first) {
                out.raw(',');
            }
            first = false;
            out.bytes(property.key);
            property.kind.write(value, out);
        }
        out.raw('}');
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean annotated(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().startsWith("jakarta.json.bind.")) {
                return true;
            }
        }
        return false;
    }

    private static Annotation[] fieldAnnotations(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).getAnnotations();
        } catch (NoSuchFieldException e) {
            return new Annotation[0];
        }
    }

    /** A public getter or is-method besides the components: JSON-B would write it as a property too. */
    private static boolean hasGetters(Class<?> type) {
        for (Method m : type.getMethods()) {
            String name = m.getName();
            boolean getter = name.length() > 3 && name.startsWith("get") && !name.equals("getClass");
            boolean is = name.length() > 2 && name.startsWith("is");
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && (getter || is)) {
                return true;
            }
        }
        return false;
    }
}
