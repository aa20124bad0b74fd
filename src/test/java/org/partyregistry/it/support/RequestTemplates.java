package org.partyregistry.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyregistry.it.support.Endpoints.Endpoint;

/**
 * How the security suites call an endpoint they found by reflection: which kind of object each id parameter names,
 * a value for every other parameter, and a plausible body per endpoint. Templates name the objects of a
 * {@link World} as {@code ${kind}} (quoted when the value is text: {@code "${today}"}), so the same table serves an
 * administrator's world (the fuzzer) and objects outside a secretary's scope (the scope matrix).
 *
 * <p>Adding an endpoint: if its id parameters are named like the ones below it is mapped already; otherwise add a
 * rule to {@link #PATH_KINDS} or {@link #QUERY_KINDS} and an object of that kind to {@link World}. A body template
 * is optional (a minimal body is derived from the body's record type) but makes the calls realistic.
 */
public final class RequestTemplates {

    /** A path parameter {@code param} of a path containing {@code within}: the kind of object it names. */
    record PathKind(String within, String param, String kind) {
    }

    /** Most specific first; {@code within} is how the template ends just before the parameter. */
    static final List<PathKind> PATH_KINDS = List.of(
            new PathKind("/alliances/{id}/members/", "memberId", "allianceMember"),
            new PathKind("/medal50/{year}/candidates/", "memberId", "veteran"),
            new PathKind("/medal50/{year}/certificates/", "memberId", "awardee"),
            new PathKind("/organizations/", "id", "organization"),
            new PathKind("/members/", "id", "member"),
            new PathKind("/activities/", "id", "activity"),
            new PathKind("/photos/", "photoId", "photo"),
            new PathKind("/payments/", "paymentId", "payment"),
            new PathKind("/transfers/", "id", "transfer"),
            new PathKind("/terms/", "termId", "term"),
            new PathKind("/enterprises/", "id", "enterprise"),
            new PathKind("/brands/", "id", "brand"),
            new PathKind("/alliances/", "id", "alliance"),
            new PathKind("/honors/", "id", "honor"),
            new PathKind("/users/", "id", "account"));

    /** Query parameters naming an object: the kind of object. */
    static final Map<String, String> QUERY_KINDS = Map.of(
            "organizationId", "organization",
            "memberId", "member",
            "parkId", "park",
            "entityId", "organization");

    /** Path parameters that are values, not objects: the world's value to use. */
    static final Map<String, String> PATH_VALUES = Map.of(
            "year", "${year}",
            "date", "${date}",
            "organizationType", "GROUP",
            "activityType", "PARTY_LECTURE");

    /** Query parameters that are values: what to send (others are optional and left out). */
    static final Map<String, String> QUERY_VALUES = Map.of(
            "from", "${from}",
            "to", "${to}",
            "year", "${year}",
            "on", "${today}");

    /** Plausible bodies, by {@code METHOD PATH}. {@code ${own}}: an organization the caller may write. */
    static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        body("POST /api/organizations", """
                {"name":"Unit ${unique}","type":"BRANCH","parentId":${organization},"establishedOn":"2020-01-01"}""");
        body("PUT /api/organizations/{id}", """
                {"name":"Renamed ${unique}","type":"BRANCH","establishedOn":"1960-01-01","version":0}""");
        body("POST /api/organizations/{id}/move", """
                {"parentId":${own},"version":0}""");
        body("POST /api/organizations/{id}/merge", """
                {"targetId":${own},"on":"${today}"}""");
        body("POST /api/organizations/{id}/dissolve", """
                {"on":"${today}","reason":"suite"}""");
        body("POST /api/organizations/{id}/enterprises", """
                {"enterpriseIds":[${enterprise}]}""");
        body("POST /api/organizations/{id}/terms", """
                {"number":7,"electedOn":"${today}","years":5,"seats":5,"eligibleVoters":10,"votesCast":9}""");
        body("POST /api/organizations/{id}/dues/{year}", """
                {"entries":[{"memberId":${member2},"category":"IN_SERVICE","income":5000}]}""");
        body("PUT /api/terms/{termId}/committee", """
                {"holders":[{"memberId":${member},"seat":"SECRETARY"}]}""");
        body("POST /api/parks", """
                {"name":"Park ${unique}"}""");
        body("POST /api/enterprises", """
                {"name":"Enterprise ${unique}","creditCode":"${creditCode}","parkId":${park},\
                "industry":"软件和信息技术服务","employees":20,"foundedOn":"2015-03-01"}""");
        body("PUT /api/enterprises/{id}", """
                {"name":"Enterprise ${unique}","creditCode":"${creditCode}","parkId":${park},\
                "industry":"软件和信息技术服务","employees":21,"foundedOn":"2015-03-01","version":0}""");
        body("POST /api/enterprises/{id}/instructors", """
                {"name":"Instructor","role":"INSTRUCTOR","from":"2019-01-01"}""");
        body("POST /api/users", """
                {"username":"u${unique}","password":"Suite-Secret-2026","role":"BRANCH_SECRETARY",\
                "organizationId":${organization}}""");
        body("POST /api/members", """
                {"name":"Member ${unique}","idNumber":"${idNumber}","organizationId":${organization},\
                "probationaryOn":"2015-07-01","fullOn":"2016-07-01"}""");
        body("POST /api/members/{id}/advance", """
                {"stage":"FULL","on":"${today}"}""");
        body("POST /api/members/{id}/extend-probation", """
                {"months":6,"on":"${today}"}""");
        body("POST /api/members/{id}/cancel-probation", """
                {"on":"${today}","reason":"suite"}""");
        body("POST /api/members/{id}/suspend", """
                {"on":"${today}"}""");
        body("POST /api/members/{id}/restore", """
                {"on":"${today}"}""");
        body("POST /api/members/{id}/death", """
                {"on":"${today}"}""");
        body("POST /api/members/{id}/remove", """
                {"on":"${today}","reason":"suite"}""");
        body("PUT /api/members/{id}/party-standing-start", """
                {"partyStandingStart":"1980-01-01","reason":"suite"}""");
        body("PUT /api/members/{id}/work-unit", """
                {"enterpriseId":${enterprise}}""");
        body("PUT /api/members/{id}/group", """
                {"groupId":null,"on":"${today}"}""");
        body("POST /api/members/{id}/transfers", """
                {"toOrganizationId":${own},"on":"${today}"}""");
        body("PUT /api/members/{id}/dues/{year}", """
                {"category":"IN_SERVICE","income":5000}""");
        body("POST /api/members/{id}/dues/payments", """
                {"paidOn":"${today}","months":["${nextMonth}"],"amount":${monthly},"method":"CASH"}""");
        body("POST /api/transfers/{id}/receive", """
                {"on":"${today}"}""");
        body("POST /api/transfers/{id}/refuse", """
                {"on":"${today}","reason":"suite"}""");
        body("POST /api/activities", """
                {"organizationId":${organization},"type":"PARTY_LECTURE","title":"Lecture","heldOn":"${today}",\
                "location":"Room 1","topic":"Topic","host":"Host","minutes":"<p>minutes</p>",\
                "presentMemberIds":[${member}],"excusedMemberIds":[],"absentMemberIds":[]}""");
        body("PUT /api/activities/requirements/{organizationType}/{activityType}", """
                {"frequency":"NONE"}""");
        body("PUT /api/activities/{id}/days/{date}", """
                {"presentMemberIds":[${member}],"excusedMemberIds":[],"absentMemberIds":[]}""");
        body("POST /api/brands", """
                {"name":"Brand ${unique}","slogan":"Slogan","organizationId":${organization},\
                "foundedOn":"2018-07-01","description":"Description"}""");
        body("PUT /api/brands/{id}", """
                {"name":"Brand ${unique}","slogan":"Slogan","foundedOn":"2018-07-01","description":"Changed",\
                "version":0}""");
        body("POST /api/alliances", """
                {"name":"Alliance ${unique}","leadOrganizationId":${organization},"foundedOn":"2019-01-01",\
                "description":"Description"}""");
        body("POST /api/alliances/{id}/members", """
                {"organizationId":${organization},"joinedOn":"2021-01-01"}""");
        body("POST /api/alliances/{id}/members/{memberId}/leave", """
                {"leftOn":"${today}"}""");
        body("POST /api/alliances/{id}/activities", """
                {"activityId":${activity}}""");
        body("POST /api/awards/medal50/{year}/candidates/{memberId}/exclude", """
                {"reason":"suite"}""");
        body("POST /api/awards/medal50/{year}/awards", """
                {"memberId":${veteran},"awardedOn":"${today}","note":"suite"}""");
        body("POST /api/honors", """
                {"kind":"OUTSTANDING_MEMBER","level":"ZONE","year":${year},"memberId":${member},\
                "citation":"Citation"}""");
        body("POST /api/honors/{id}/award", """
                {"awardedOn":"${today}"}""");
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

    private RequestTemplates() {
    }

    private static void body(String key, String template) {
        BODIES.put(key, template);
    }

    /** Is this parameter the id of an object (rather than a value such as a year or a date)? */
    public static boolean isId(String param) {
        return param.equals("id") || param.endsWith("Id");
    }

    /** The kind of object a path parameter names, or empty when no rule maps it. */
    public static Optional<String> pathKind(Endpoint endpoint, String param) {
        String template = endpoint.path();
        int at = template.indexOf("{" + param + "}");
        String upTo = template.substring(0, at);
        for (PathKind rule : PATH_KINDS) {
            if (rule.param().equals(param) && upTo.endsWith(rule.within())) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    /** The kind of object a query parameter names, or empty when no rule maps it. */
    public static Optional<String> queryKind(String param) {
        return Optional.ofNullable(QUERY_KINDS.get(param));
    }

    /** The kinds of objects the body template names (other than {@code own}, the caller's own organization). */
    public static List<String> bodyKinds(Endpoint endpoint) {
        List<String> kinds = new ArrayList<>();
        String template = BODIES.get(endpoint.key());
        if (template == null) {
            return kinds;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (World.OBJECT_KINDS.contains(m.group(1)) && !kinds.contains(m.group(1))) {
                kinds.add(m.group(1));
            }
        }
        return kinds;
    }

    /**
     * The request path with every parameter filled from {@code values}: ids by their kind, other path parameters
     * from {@link #PATH_VALUES}, the query values of {@link #QUERY_VALUES}.
     */
    public static String path(Endpoint endpoint, Map<String, Object> values) {
        String path = endpoint.path();
        for (String param : endpoint.pathParams()) {
            String value;
            if (isId(param)) {
                value = String.valueOf(required(values, pathKind(endpoint, param).orElseThrow(() ->
                        new IllegalStateException("no kind for path parameter " + param + " of " + endpoint))));
            } else {
                String template = PATH_VALUES.get(param);
                if (template == null) {
                    throw new IllegalStateException("no value for path parameter " + param + " of " + endpoint
                            + ": add one to RequestTemplates.PATH_VALUES");
                }
                value = fill(template, values);
            }
            path = path.replace("{" + param + "}", value);
        }
        List<String> query = new ArrayList<>();
        for (String param : endpoint.queryParams()) {
            if (isId(param)) {
                queryKind(param).filter(values::containsKey).ifPresent(kind -> query.add(param + "=" + values.get(kind)));
            } else if (QUERY_VALUES.containsKey(param)) {
                query.add(param + "=" + fill(QUERY_VALUES.get(param), values));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** A plausible JSON body for the endpoint (its template, or one derived from the body type), filled in. */
    public static String body(Endpoint endpoint, Map<String, Object> values) {
        String template = BODIES.get(endpoint.key());
        if (template == null) {
            template = derived(endpoint.body());
        }
        return fill(template, values);
    }

    /** Whether the endpoint has a body template (else the body is derived from its type). */
    public static boolean hasTemplate(Endpoint endpoint) {
        return BODIES.containsKey(endpoint.key());
    }

    /** Replaces each {@code ${name}}; a name without a value is an error naming it. */
    public static String fill(String template, Map<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(required(values, m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object required(Map<String, Object> values, String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("the world has no " + name);
        }
        return value;
    }

    /** A minimal body from a record's components: text, numbers, today, the first enum constant, ids by name. */
    static String derived(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "{}";
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            Class<?> t = component.getType();
            if (isId(name) && (t == Long.class || t == long.class)) {
                String kind = QUERY_KINDS.get(name);
                object.add(name, kind == null ? JsonValue.NULL : Json.createValue("${" + kind + "}"));
            } else if (t == String.class) {
                object.add(name, "text");
            } else if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
                object.add(name, 1);
            } else if (t == BigDecimal.class || t == Double.class || t == double.class) {
                object.add(name, new BigDecimal("1.00"));
            } else if (t == Boolean.class || t == boolean.class) {
                object.add(name, true);
            } else if (t == LocalDate.class) {
                object.add(name, "${today}");
            } else if (t == YearMonth.class) {
                object.add(name, "${nextMonth}");
            } else if (t.isEnum()) {
                object.add(name, t.getEnumConstants()[0].toString());
            } else if (List.class.isAssignableFrom(t)) {
                object.add(name, Json.createArrayBuilder());
            } else {
                object.add(name, JsonValue.NULL);
            }
        }
        // ids became the text "${kind}": unquote them so they are numbers once filled in
        return object.build().toString().replaceAll("\"(\\$\\{[A-Za-z0-9]+})\"", "$1");
    }

    /** The type of each body field the endpoint's record declares, for the fuzzer's enum and id variants. */
    public static Map<String, Class<?>> fieldTypes(Class<?> type) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        if (type != null && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                types.put(component.getName(), component.getType());
                if (component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                    fieldTypes(element).forEach((n, t) -> types.putIfAbsent(n, t));
                }
            }
        }
        return types;
    }

    /** Parses a filled-in body, to check a template is well-formed. */
    public static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
