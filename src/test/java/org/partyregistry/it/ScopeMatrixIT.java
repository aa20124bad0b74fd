package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Endpoints;
import org.partyregistry.it.support.Endpoints.Endpoint;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.RequestTemplates;
import org.partyregistry.it.support.World;

/**
 * Rules S1-S3, kept found: every endpoint that names an object (a path parameter such as {@code {id}} or
 * {@code {memberId}}, a query parameter such as {@code organizationId}, or an id in its body), found by reflection
 * over the resource classes, is called by the secretary of branch A with the objects of a sibling branch B, of the
 * parent general branch and of the root working committee. A read answers 403, 404 or 400, unless the endpoint is
 * reference data on {@link #ZONE_WIDE}; a write answers 403, 404 or 400 and changes nothing (the objects read as
 * the administrator before and after, and the audit trail holds no entry by the secretary). An endpoint whose
 * object has no out-of-scope counterpart fails the test until one is added to the matrix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeMatrixIT {

    /** Reads a secretary may make zone-wide ({@code docs/api.md}, "Data scope"), each with why. */
    static final Map<String, String> ZONE_WIDE = new LinkedHashMap<>();

    static {
        ZONE_WIDE.put("GET /api/enterprises", "enterprises are reference data every role reads (parkId filters)");
        ZONE_WIDE.put("GET /api/enterprises/{id}", "enterprises are reference data every role reads");
        ZONE_WIDE.put("GET /api/enterprises/{id}/instructors", "an enterprise's instructors: reference data");
        ZONE_WIDE.put("GET /api/brands", "brands are reference data every role reads (rule B4)");
        ZONE_WIDE.put("GET /api/brands/{id}", "brands are reference data every role reads (rule B4)");
        ZONE_WIDE.put("GET /api/brands/{id}/logo", "a brand's logo: reference data (rule B4)");
        ZONE_WIDE.put("GET /api/brands/{id}/report", "a brand's record: counts per month and organization (B6)");
        ZONE_WIDE.put("GET /api/brands/{id}/report.xlsx", "the same record as a workbook (rule B6)");
        ZONE_WIDE.put("GET /api/alliances/{id}", "alliances are reference data every role reads");
        ZONE_WIDE.put("GET /api/alliances/{id}/members", "an alliance's members over time: reference data");
        ZONE_WIDE.put("GET /api/alliances/{id}/activities", "an alliance's joint activities: reference data");
    }

    /** What the administrator reads to see whether an object changed, by kind ({@code ${kind}} placeholders). */
    static final Map<String, List<String>> SNAPSHOTS = new LinkedHashMap<>();

    static {
        SNAPSHOTS.put("organization", List.of("/api/organizations/${organization}",
                "/api/organizations/${organization}/children", "/api/organizations/${organization}/terms",
                "/api/organizations/${organization}/history",
                "/api/members?organizationId=${organization}&size=500",
                "/api/activities?organizationId=${organization}", "/api/brands?organizationId=${organization}",
                "/api/honors?organizationId=${organization}", "/api/organizations/${organization}/dues/${year}"));
        for (String member : List.of("member", "member2", "veteran", "awardee")) {
            SNAPSHOTS.put(member, List.of("/api/members/${" + member + "}", "/api/members/${" + member
                    + "}/transfers", "/api/members/${" + member + "}/dues", "/api/members/${" + member
                    + "}/dues/payments", "/api/awards/medal50/${year}"));
        }
        SNAPSHOTS.put("term", List.of("/api/terms/${term}/committee", "/api/organizations/${organization}/terms",
                "/api/terms/${term}"));
        SNAPSHOTS.put("activity", List.of("/api/activities/${activity}", "/api/activities/${activity}/attendance",
                "/api/activities/${activity}/photos"));
        SNAPSHOTS.put("photo", List.of("/api/activities/${activity}/photos"));
        SNAPSHOTS.put("transfer", List.of("/api/transfers/${transfer}"));
        SNAPSHOTS.put("payment", List.of("/api/members/${member}/dues/payments"));
        SNAPSHOTS.put("honor", List.of("/api/honors/${honor}"));
        SNAPSHOTS.put("enterprise", List.of("/api/enterprises/${enterprise}",
                "/api/enterprises/${enterprise}/instructors"));
        SNAPSHOTS.put("park", List.of("/api/parks"));
        SNAPSHOTS.put("brand", List.of("/api/brands/${brand}"));
        SNAPSHOTS.put("alliance", List.of("/api/alliances/${alliance}/members",
                "/api/alliances/${alliance}/activities"));
        SNAPSHOTS.put("allianceMember", List.of("/api/alliances/${alliance}/members"));
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    String secretary;
    String password;

    @Test
    @DisplayName("S1-S3: a branch secretary reaches nothing of a sibling branch, the parent or the root by any endpoint")
    void secretaryReachesNothingOutsideTheBranch() {
        api = new Api(url);
        Fixtures fixtures = new Fixtures(api);
        long root = fixtures.organization("矩阵工委", "WORKING_COMMITTEE", null);
        long parent = fixtures.organization("矩阵总支", "GENERAL_BRANCH", root);
        long branchA = fixtures.organization("矩阵甲支部", "BRANCH", parent);
        long branchB = fixtures.organization("矩阵乙支部", "BRANCH", parent);
        long park = fixtures.park("矩阵园区");
        Map<String, World> worlds = new LinkedHashMap<>();
        worlds.put("sibling branch B", World.build(fixtures, "乙", branchB, parent, branchA, park));
        worlds.put("parent", World.build(fixtures, "总支", parent, root, branchA, park));
        worlds.put("root", World.build(fixtures, "工委", root, branchB, branchA, park));
        secretary = "matrix-" + fixtures.tag();
        password = "Matrix-" + fixtures.tag() + "-1";
        fixtures.secretary(secretary, password, branchA);

        List<String> violations = new ArrayList<>();
        Set<String> unmapped = new LinkedHashSet<>();
        int endpoints = 0;
        int requests = 0;
        List<Endpoint> all = Endpoints.all();
        ZONE_WIDE.keySet().stream().filter(key -> all.stream().noneMatch(e -> e.key().equals(key)))
                .forEach(key -> unmapped.add("ZONE_WIDE names " + key + ", which is no endpoint: remove it"));
        for (Endpoint endpoint : all) {
            List<String> kinds = kinds(endpoint, unmapped);
            if (kinds == null || kinds.isEmpty()) {
                continue;
            }
            endpoints++;
            boolean somewhere = false;
            for (Map.Entry<String, World> level : worlds.entrySet()) {
                if (!kinds.stream().allMatch(level.getValue()::has)) {
                    continue;
                }
                somewhere = true;
                requests++;
                check(endpoint, kinds, level.getKey(), level.getValue().values(), violations);
            }
            if (!somewhere) {
                unmapped.add("no out-of-scope object for " + kinds + " of " + endpoint.key()
                        + ": add one to the matrix");
            }
        }
        assertThat(endpoints).as("endpoints naming an object").isGreaterThan(40);
        List<String> problems = new ArrayList<>(unmapped);
        problems.addAll(violations);
        assertThat(problems).as("%d endpoints naming an object, %d calls as the secretary of branch A", endpoints,
                requests).isEmpty();
    }

    /**
     * The kinds of object the endpoint names (none: not in the matrix), or {@code null} when one of its id
     * parameters has no out-of-scope object, which is then added to {@code unmapped}.
     */
    private static List<String> kinds(Endpoint endpoint, Set<String> unmapped) {
        List<String> kinds = new ArrayList<>();
        boolean complete = true;
        for (String param : endpoint.pathParams()) {
            if (RequestTemplates.isId(param)) {
                complete &= add(kinds, RequestTemplates.pathKind(endpoint, param), param, endpoint, unmapped);
            }
        }
        for (String param : endpoint.queryParams()) {
            if (RequestTemplates.isId(param)) {
                complete &= add(kinds, RequestTemplates.queryKind(param), param, endpoint, unmapped);
            }
        }
        for (String kind : RequestTemplates.bodyKinds(endpoint)) {
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return complete ? kinds : null;
    }

    private static boolean add(List<String> kinds, Optional<String> kind, String param, Endpoint endpoint,
                               Set<String> unmapped) {
        if (kind.isEmpty() || !World.OBJECT_KINDS.contains(kind.get())) {
            unmapped.add("no out-of-scope object for parameter " + param + " of " + endpoint.key()
                    + ": add one to the matrix");
            return false;
        }
        if (!kinds.contains(kind.get())) {
            kinds.add(kind.get());
        }
        return true;
    }

    private void check(Endpoint endpoint, List<String> kinds, String level, Map<String, Object> values,
                       List<String> violations) {
        String path = RequestTemplates.path(endpoint, values);
        String what = endpoint.key() + " as " + path + " (objects of the " + level + ")";
        if (!endpoint.writes()) {
            Api.Reply reply = api.send("GET", path, null, null, secretary, password);
            int status = reply.status();
            boolean refused = status == 403 || status == 404 || status == 400;
            boolean zoneWide = ZONE_WIDE.containsKey(endpoint.key()) && (status / 100 == 2);
            if (!refused && !zoneWide) {
                violations.add(what + " answered " + status + ": " + head(reply.body()));
            }
            return;
        }
        Map<String, String> before = snapshot(kinds, values);
        int auditBefore = auditBySecretary();
        Api.Reply reply = send(endpoint, path, values);
        int status = reply.status();
        if (status != 403 && status != 404 && status != 400) {
            violations.add(what + " answered " + status + ": " + head(reply.body()));
        }
        Map<String, String> after = snapshot(kinds, values);
        before.forEach((probe, body) -> {
            if (!body.equals(after.get(probe))) {
                violations.add(what + " answered " + status + " but changed " + probe + ": " + head(body)
                        + " → " + head(after.get(probe)));
            }
        });
        int auditAfter = auditBySecretary();
        if (auditAfter != auditBefore) {
            violations.add(what + " answered " + status + " but the audit trail has " + (auditAfter - auditBefore)
                    + " new entries by the secretary");
        }
    }

    private Api.Reply send(Endpoint endpoint, String path, Map<String, Object> values) {
        if (endpoint.rawBody()) {
            boolean image = endpoint.path().contains("photo") || endpoint.path().contains("logo");
            return api.send(endpoint.method(), path, image ? "image/png"
                            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    image ? World.png() : "not a workbook".getBytes(StandardCharsets.UTF_8), secretary, password);
        }
        String body = endpoint.jsonBody() ? RequestTemplates.body(endpoint, values) : null;
        return api.send(endpoint.method(), path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), secretary, password);
    }

    /** The administrator's reading of every object the call names, by probe path. */
    private Map<String, String> snapshot(List<String> kinds, Map<String, Object> values) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String kind : kinds) {
            for (String probe : SNAPSHOTS.getOrDefault(kind, List.of())) {
                String path = RequestTemplates.fill(probe, values);
                if (!bodies.containsKey(path)) {
                    Api.Reply reply = api.get(path, ADMIN, ADMIN_PASSWORD);
                    bodies.put(path, reply.status() + " " + reply.body());
                }
            }
        }
        return bodies;
    }

    private int auditBySecretary() {
        Api.Reply reply = api.get("/api/audit?actor=" + secretary + "&max=1000", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().size();
    }

    static String head(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
