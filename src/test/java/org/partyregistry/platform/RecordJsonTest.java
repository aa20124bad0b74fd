package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link RecordJson} writes what JSON-B's default configuration writes, or leaves the answer to it. */
public class RecordJsonTest {

    public enum Colour { RED, GREEN }

    public record Inner(String name, Colour colour, BigDecimal rate) {
    }

    public record Everything(Long id, long count, int small, Integer boxed, boolean flag, Boolean boxedFlag,
                             String text, LocalDate on, Colour colour, BigDecimal rate, List<String> tags,
                             List<Inner> inners, Map<String, Inner> byKey, Inner inner, List<List<Long>> nested) {
    }

    @JsonbNillable
    public record Nillable(String name) {
    }

    public record WithGetter(String name) {
        public String getLabel() {
            return "x" + name;
        }
    }

    record Hidden(String name) {
    }

    public record Tree(String name, List<Tree> children) {
    }

    public record Other(Double share, Optional<String> maybe) {
    }

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void writesWhatJsonBWritesForEveryKindItTakes() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        every.append("第一支部 \u00e9\u00ff\u0100\u07ff\u0800\u2028\ufffd 😀 \ud800 end");
        Map<String, Inner> byKey = new LinkedHashMap<>();
        byKey.put("zeta", new Inner("z", Colour.GREEN, new BigDecimal("0.5000")));
        byKey.put("alpha", null);
        byKey.put("Beta", new Inner(null, null, null));
        Everything full = new Everything(-42L, Long.MAX_VALUE, Integer.MIN_VALUE, 7, true, false, every.toString(),
                LocalDate.of(2025, 1, 9), Colour.RED, new BigDecimal("1E+3"), List.of("a", "\"q\""),
                List.of(new Inner("甲", Colour.GREEN, BigDecimal.ZERO)), byKey, new Inner("i", null, null),
                List.of(List.of(1L, 2L), List.of()));
        Everything empty = new Everything(null, 0, 0, null, false, null, "", LocalDate.of(1, 1, 1), null, null,
                List.of(), new ArrayList<>(java.util.Arrays.asList(null, new Inner("n", null, null))), Map.of(), null,
                List.of());

        assertSame(full, Everything.class);
        assertSame(empty, Everything.class);
        assertSame(List.of(full, empty), List.class);
        assertSame(List.of(new Inner("a", Colour.RED, null), new Inner("b", null, null)), ArrayList.class);
        assertSame(List.of(), List.class);
    }

    @Test
    void leavesToJsonBWhatItCannotBeSureOf() {
        assertThat(RecordJson.plan(new Nillable("a"), Nillable.class)).as("a JSON-B annotation").isNull();
        assertThat(RecordJson.plan(new WithGetter("a"), WithGetter.class)).as("a getter").isNull();
        assertThat(RecordJson.plan(new Hidden("a"), Hidden.class)).as("not public").isNull();
        assertThat(RecordJson.plan(new Tree("a", List.of()), Tree.class)).as("holds itself").isNull();
        assertThat(RecordJson.plan(new Other(0.5, Optional.empty()), Other.class)).as("double, optional").isNull();
        assertThat(RecordJson.plan(List.of(new Inner("a", null, null), "b"), List.class)).as("mixed").isNull();
        assertThat(RecordJson.plan(Map.of("a", 1L), Map.class)).as("a map of unknown types").isNull();
    }

    /**
     * Every record of the application this writer takes, filled with generated values (nulls, odd text, edge
     * numbers): the same JSON as JSON-B's.
     */
    @Test
    void writesTheApplicationsRecordsAsJsonBDoes() throws Exception {
        Path classes = Path.of(RecordJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isRecord() && RecordJson.plan(null, type) != null) {
                    records.add(type);
                }
            }
        }
        Random random = new Random(20261201);
        TreeSet<String> compared = new TreeSet<>();
        for (Class<?> type : records) {
            for (int i = 0; i < 20; i++) {
                Object value = generate(type, random, 0);
                if (value != null) {
                    assertSame(value, type);
                    compared.add(type.getSimpleName());
                }
            }
        }
        assertThat(compared).as("records compared").contains("ComplianceReport", "ComplianceMatrix", "Row", "Cell")
                .hasSizeGreaterThan(60);
    }

    private static void assertSame(Object value, Type type) throws Exception {
        RecordJson.Kind kind = RecordJson.plan(value, type);
        assertThat(kind).as("taken: " + type).isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordJson.write(kind, value, out);
        // as the JSON-B writer it stands in for writes: into the response's stream
        ByteArrayOutputStream jsonb = new ByteArrayOutputStream();
        JSONB.toJson(value, type, jsonb);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(jsonb.toString(StandardCharsets.UTF_8));
    }

    private static final String[] TEXTS = {"第一支部", "", "a\"b\\c\n\t\u0001", "😀 x", "Branch 1"};

    /** A value of {@code type}, sometimes null; null for a record whose constructor refused what it was given. */
    private static Object generate(Type type, Random random, int depth) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] arguments = p.getActualTypeArguments();
            int size = depth > 3 ? 0 : random.nextInt(3);
            if (raw == Map.class) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(TEXTS[random.nextInt(TEXTS.length)] + i, generate(arguments[1], random, depth + 1));
                }
                return map;
            }
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                list.add(generate(arguments[0], random, depth + 1));
            }
            return list;
        }
        Class<?> c = (Class<?>) type;
        if (c == long.class || c == Long.class) {
            return random.nextBoolean() ? random.nextLong() : (long) random.nextInt(1000);
        }
        if (c == int.class || c == Integer.class) {
            return random.nextInt();
        }
        if (c == boolean.class || c == Boolean.class) {
            return random.nextBoolean();
        }
        if (c == String.class) {
            return TEXTS[random.nextInt(TEXTS.length)];
        }
        if (c == LocalDate.class) {
            return LocalDate.of(1900 + random.nextInt(200), 1, 1).plusDays(random.nextInt(365));
        }
        if (c == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(20000), random.nextInt(5));
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        return record(c, random, depth);
    }

    private static Object record(Class<?> c, Random random, int depth) {
        RecordComponent[] components = c.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean nullable = !types[i].isPrimitive() && random.nextInt(5) == 0;
            values[i] = nullable ? null : generate(components[i].getGenericType(), random, depth + 1);
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
