package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.CreditCodes;
import org.partyregistry.it.support.Endpoints;
import org.partyregistry.it.support.Endpoints.Endpoint;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.RequestTemplates;
import org.partyregistry.it.support.World;

/**
 * Bad input never breaks the server: every POST and PUT endpoint, found by reflection over the resource classes, is
 * sent by the administrator an empty body, {@code null}, {@code {}}, malformed JSON, an unknown id in the path, and
 * for each field of a plausible body (nested ones included) a wrong type, 10,000 characters, control characters,
 * extreme numbers, extreme and impossible dates, an unknown enum value and an unknown id. No answer may be a 5xx,
 * and an answer that is not a 2xx must have written nothing: the administrator's audit trail has no new entry and
 * what the endpoint changes (the object itself, or the listing it adds to) reads the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    private static final long UNKNOWN_ID = 987654321L;
    private static final String JSON = "application/json";
    private static final String HUGE = "字".repeat(10_000);
    private static final String CONTROL = "a\u0000b\u202Ec\u0007";
    private static final List<String> DATES = List.of("0000-01-01", "9999-12-31", "+999999999-01-01",
            "2026-02-30");
    private static final List<String> MONTHS = List.of("0000-01", "9999-12", "2026-13", "+999999999-01");
    private static final List<JsonValue> NUMBERS = List.of(Json.createValue(new BigDecimal("1e30")),
            Json.createValue(new BigDecimal("-1e308")), Json.createValue(new BigDecimal("1.5")),
            Json.createValue(BigInteger.TWO.pow(63)));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    long zone;
    World world;
    Map<String, Endpoint> reads;
    int checks;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        zone = fixtures.organization("模糊工委", "WORKING_COMMITTEE", null);
        long branch = fixtures.organization("模糊支部", "BRANCH", zone);
        long other = fixtures.organization("模糊另一支部", "BRANCH", zone);
        world = World.build(fixtures, "模糊", branch, other, other, fixtures.park("模糊园区"));
    }

    /** One request of the fuzzer: its name, the path, the body (null: none) and its content type. */
    record Variant(String name, String path, byte[] body, String contentType) {

        static Variant json(String name, String path, String body) {
            return new Variant(name, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), JSON);
        }
    }

    @Test
    @DisplayName("No 5xx and no write for empty, malformed, mistyped, huge, extreme, unknown and control-character input")
    void badInputIsA4xxAndWritesNothing() {
        List<Endpoint> all = Endpoints.all();
        reads = new LinkedHashMap<>();
        all.stream().filter(e -> e.method().equals("GET") && answersJson(e)).forEach(e -> reads.put(e.path(), e));
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        int requests = 0;
        for (Endpoint endpoint : all) {
            if (!endpoint.method().equals("POST") && !endpoint.method().equals("PUT")) {
                continue;
            }
            endpoints++;
            Map<String, Object> values = values(endpoint);
            List<Variant> variants = variants(endpoint, values);
            Optional<String> probe = probe(endpoint, values);
            String state = probe.map(this::read).orElse("");
            long audit = newestAudit();
            for (Variant variant : variants) {
                requests++;
                Api.Reply reply = api.send(endpoint.method(), variant.path(), variant.contentType(), variant.body(),
                        ADMIN, ADMIN_PASSWORD);
                String what = endpoint.key() + " [" + variant.name() + "] " + variant.path() + " → "
                        + reply.status();
                if (reply.status() >= 500) {
                    failures.add(what + ": " + ScopeMatrixIT.head(reply.body()));
                }
                if (reply.status() / 100 == 2) {
                    state = probe.map(this::read).orElse("");
                    audit = newestAudit();
                    continue;
                }
                long newest = newestAudit();
                if (newest != audit) {
                    failures.add(what + " but the audit trail has a new entry");
                    audit = newest;
                }
                if (probe.isPresent()) {
                    String now = read(probe.get());
                    if (!now.equals(state)) {
                        failures.add(what + " but " + probe.get() + " changed: " + ScopeMatrixIT.head(state) + " → "
                                + ScopeMatrixIT.head(now));
                        state = now;
                    }
                }
            }
        }
        assertThat(endpoints).as("POST and PUT endpoints").isGreaterThan(30);
        assertThat(requests).as("requests").isBetween(500, 4000);
        assertThat(failures).as("%d POST and PUT endpoints, %d requests, %d reads to check them", endpoints,
                requests, checks).isEmpty();
    }

    @Test
    @DisplayName("E1: 20 parallel registrations of one credit code: one 201, the rest 409, never a 5xx")
    void parallelDuplicates() throws Exception {
        long park = world.id("park");
        String code = CreditCodes.fresh();
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            calls.add(() -> fixtures.enterprise(park, "并发企业" + n).creditCode(code).post(ADMIN, ADMIN_PASSWORD));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Api.Reply> reply : pool.invokeAll(calls)) {
                statuses.add(reply.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as("statuses").doesNotContain(500).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).as("statuses").filteredOn(s -> s != 201).containsOnly(409);
        Api.Reply listed = api.get("/api/enterprises?q=" + fixtures.tag() + "&size=500", ADMIN, ADMIN_PASSWORD);
        assertThat(listed.object().getJsonArray("items").stream()
                .filter(e -> code.equals(e.asJsonObject().getString("creditCode")))).as(listed.toString()).hasSize(1);
    }

    /** The world's values, with fresh objects for the endpoints that end them (dissolve, death...). */
    private Map<String, Object> values(Endpoint endpoint) {
        Map<String, Object> values = world.values();
        String path = endpoint.path();
        if (path.matches(".*/organizations/\\{id}/(move|merge|dissolve)")) {
            values.put("organization", fixtures.organization("模糊受试" + endpoint.method() + path.hashCode(),
                    "BRANCH", zone));
        }
        if (path.matches(".*/members/\\{id}/(advance|extend-probation|cancel-probation|suspend|restore|death|remove"
                + "|transfers)")) {
            values.put("member", fixtures.fullMember("模糊受试" + path.hashCode(), world.id("organization")));
        }
        return values;
    }

    private List<Variant> variants(Endpoint endpoint, Map<String, Object> values) {
        String path = RequestTemplates.path(endpoint, values);
        List<Variant> variants = new ArrayList<>();
        for (String param : endpoint.pathParams()) {
            Map<String, Object> unknown = new LinkedHashMap<>(values);
            if (RequestTemplates.isId(param)) {
                RequestTemplates.pathKind(endpoint, param).ifPresent(kind -> unknown.put(kind, UNKNOWN_ID));
                variants.add(variant(endpoint, "unknown " + param, RequestTemplates.path(endpoint, unknown),
                        unknown));
            } else {
                // the path as filled in, with this parameter's segment replaced (query strings come after it)
                List<String> template = List.of(endpoint.path().split("/"));
                int at = template.indexOf("{" + param + "}");
                for (String bad : List.of("NO_SUCH_VALUE", "2026-02-30", "99999999999")) {
                    String[] segments = path.split("/", -1);
                    segments[at] = bad;
                    variants.add(variant(endpoint, param + "=" + bad, String.join("/", segments), values));
                }
            }
        }
        if (endpoint.rawBody()) {
            for (Map.Entry<String, String> raw : Map.of("empty", "", "{}", "{}", "malformed", "{\"a\":",
                    "huge text", HUGE, "control characters", CONTROL).entrySet()) {
                variants.add(new Variant(raw.getKey(), path, raw.getValue().getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream"));
            }
            return variants;
        }
        variants.add(new Variant("no body", path, null, JSON));
        variants.add(Variant.json("empty body", path, ""));
        variants.add(Variant.json("null", path, "null"));
        variants.add(Variant.json("{}", path, "{}"));
        variants.add(Variant.json("[]", path, "[]"));
        variants.add(Variant.json("malformed", path, "{\"name\": \"x\", "));
        if (!endpoint.jsonBody()) {
            return variants;
        }
        JsonValue valid = RequestTemplates.parse(RequestTemplates.body(endpoint, values));
        if (!(valid instanceof JsonObject object)) {
            return variants;
        }
        Map<String, Class<?>> types = RequestTemplates.fieldTypes(endpoint.body());
        for (List<Object> leaf : leaves(object, new ArrayList<>())) {
            JsonValue value = at(object, leaf);
            String field = name(leaf);
            String label = String.join(".", leaf.stream().map(String::valueOf).toList());
            for (Map.Entry<String, JsonValue> bad : badValues(field, value, types.get(field)).entrySet()) {
                variants.add(Variant.json(label + " " + bad.getKey(), path,
                        replace(object, leaf, 0, bad.getValue()).toString()));
            }
        }
        return variants;
    }

    private static Variant variant(Endpoint endpoint, String name, String path, Map<String, Object> values) {
        if (endpoint.rawBody()) {
            return new Variant(name, path, World.png(), "image/png");
        }
        return Variant.json(name, path, endpoint.jsonBody() ? RequestTemplates.body(endpoint, values) : null);
    }

    /** The bad values for one field, by name. */
    private static Map<String, JsonValue> badValues(String field, JsonValue value, Class<?> type) {
        Map<String, JsonValue> bad = new LinkedHashMap<>();
        switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                bad.put("wrong type", Json.createObjectBuilder().add("x", 1).build());
                bad.put("huge", Json.createValue(HUGE));
                bad.put("control characters", Json.createValue(CONTROL));
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    DATES.forEach(d -> bad.put("date " + d, Json.createValue(d)));
                } else if (text.matches("\\d{4}-\\d{2}")) {
                    MONTHS.forEach(m -> bad.put("month " + m, Json.createValue(m)));
                } else if (type != null && type.isEnum() || text.matches("[A-Z][A-Z_]+")) {
                    bad.put("unknown enum", Json.createValue("NO_SUCH_VALUE"));
                }
            }
            case NUMBER -> {
                bad.put("wrong type", Json.createValue("abc"));
                NUMBERS.forEach(n -> bad.put(n.toString(), n));
                if (RequestTemplates.isId(field)) {
                    bad.put("unknown id", Json.createValue(UNKNOWN_ID));
                }
            }
            case ARRAY -> {
                bad.put("wrong type", Json.createValue("abc"));
                if (field.endsWith("Ids")) {
                    bad.put("unknown id", Json.createArrayBuilder().add(UNKNOWN_ID).build());
                    bad.put("2^63 id", Json.createArrayBuilder().add(BigInteger.TWO.pow(63)).build());
                    bad.put("null id", Json.createArrayBuilder().addNull().build());
                } else {
                    bad.put("null element", Json.createArrayBuilder().addNull().build());
                }
            }
            case TRUE, FALSE, OBJECT -> bad.put("wrong type", Json.createValue("abc"));
            default -> {
            }
        }
        return bad;
    }

    /** Paths to every field: a field of the object, of the first object in an array of objects, recursively. */
    private static List<List<Object>> leaves(JsonValue value, List<Object> at) {
        List<List<Object>> leaves = new ArrayList<>();
        if (value instanceof JsonObject object) {
            for (String name : object.keySet()) {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                JsonValue child = object.get(name);
                if (child instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonObject) {
                    leaves.add(next);
                    List<Object> first = new ArrayList<>(next);
                    first.add(0);
                    leaves.add(first);
                    leaves.addAll(leaves(array.get(0), first));
                } else if (child instanceof JsonArray array && !array.isEmpty()
                        && array.get(0).getValueType() == JsonValue.ValueType.STRING) {
                    leaves.add(next);
                    List<Object> first = new ArrayList<>(next);
                    first.add(0);
                    leaves.add(first);
                } else if (child.getValueType() != JsonValue.ValueType.NULL) {
                    leaves.add(next);
                }
            }
        }
        return leaves;
    }

    private static String name(List<Object> leaf) {
        for (int i = leaf.size() - 1; i >= 0; i--) {
            if (leaf.get(i) instanceof String name) {
                return name;
            }
        }
        return "";
    }

    private static JsonValue at(JsonValue root, List<Object> path) {
        JsonValue value = root;
        for (Object step : path) {
            value = step instanceof String name ? value.asJsonObject().get(name) : value.asJsonArray().get((int) step);
        }
        return value;
    }

    private static JsonValue replace(JsonValue value, List<Object> path, int depth, JsonValue with) {
        if (depth == path.size()) {
            return with;
        }
        Object step = path.get(depth);
        if (step instanceof String name) {
            JsonObjectBuilder object = Json.createObjectBuilder(value.asJsonObject());
            object.add(name, replace(value.asJsonObject().get(name), path, depth + 1, with));
            return object.build();
        }
        JsonArray array = value.asJsonArray();
        JsonArrayBuilder copy = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            copy.add(i == (int) step ? replace(array.get(i), path, depth + 1, with) : array.get(i));
        }
        return copy.build();
    }

    /**
     * What to read to see whether a refused call wrote anyway: the resource itself (PUT), the listing a POST adds
     * to, or the object an action changes: the longest prefix of the path that answers a GET.
     */
    private Optional<String> probe(Endpoint endpoint, Map<String, Object> values) {
        String template = endpoint.path();
        while (template.lastIndexOf('/') > "/api".length()) {
            Endpoint read = reads.get(template);
            if (read != null) {
                try {
                    return Optional.of(RequestTemplates.path(read, values));
                } catch (IllegalStateException e) {
                    return Optional.empty();
                }
            }
            template = template.substring(0, template.lastIndexOf('/'));
        }
        return Optional.empty();
    }

    /**
     * Whether a read answers JSON first (a workbook or a PDF differs byte for byte on every download, so it cannot
     * show that nothing changed).
     */
    private static boolean answersJson(Endpoint endpoint) {
        Produces produces = endpoint.javaMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = endpoint.javaMethod().getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0
                && produces.value()[0].startsWith(MediaType.APPLICATION_JSON);
    }

    private String read(String path) {
        checks++;
        Api.Reply reply = api.get(path, ADMIN, ADMIN_PASSWORD);
        return reply.status() + " " + reply.body();
    }

    /** The id of the administrator's newest audit entry (0 for none). */
    private long newestAudit() {
        checks++;
        Api.Reply reply = api.get("/api/audit?actor=" + ADMIN + "&max=1", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonArray entries = reply.array();
        return entries.isEmpty() ? 0 : entries.getJsonObject(0).getJsonNumber("id").longValue();
    }
}
