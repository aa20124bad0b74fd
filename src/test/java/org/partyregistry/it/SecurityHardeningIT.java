package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.testsupport.TestImages;

/**
 * Issue 12, items 5 to 10, on a real Payara Micro and database: scope messages and brand records (rules S3, B12),
 * sign-in lockout per account and address (S5), expired views, response headers and cookies, uploads checked by
 * decoding, and text hygiene. Each test builds its own organizations and accounts under a unique tag and locks
 * only its own accounts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHardeningIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String PASSWORD = "Harden2026pw";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    String tag;
    long zone;
    long branchA;
    long branchB;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        zone = organization("加固工委", "WORKING_COMMITTEE", null);
        branchA = organization("加固甲支部", "BRANCH", zone);
        branchB = organization("加固乙支部", "BRANCH", zone);
    }

    // ---- fixtures

    private long organization(String name, String type, Long parentId) {
        return fixtures.organization(name, type, parentId, LocalDate.of(1990, 1, 1));
    }

    /** A full member (since 2016-07-01); the name is used as given, so a test can look for it in messages. */
    private long member(String name, long organizationId) {
        return fixtures.member(name, organizationId).with("name", name)
                .idNumber(IdNumbers.unique(LocalDate.of(1980, 1, 1), true))
                .probationaryOn(LocalDate.of(2015, 7, 1)).fullOn(LocalDate.of(2016, 7, 1)).create();
    }

    private long user(String username, String role, Long organizationId) {
        return fixtures.account(username, PASSWORD, role, organizationId).id();
    }

    private static String message(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).get("field"))
                .map(f -> f == null || f == JsonValue.NULL ? "" : ((jakarta.json.JsonString) f).getString())
                .toList();
    }

    // ---- item 5

    @Test
    @DisplayName("S3 M18: a holder from another branch is refused by id; the message never names the person")
    void committeeRefusalNamesTheOutsiderByIdOnly() {
        String secretary = "harden-sec-" + tag;
        user(secretary, "BRANCH_SECRETARY", branchA);
        List<Long> own = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            own.add(member("加固委员" + i + " " + tag, branchA));
        }
        String outsiderName = "示例党员壬 " + tag;
        long outsider = member(outsiderName, branchB);
        Api.Reply term = api.post("/api/organizations/" + branchA + "/terms",
                "{\"number\":1,\"electedOn\":\"2024-03-01\",\"seats\":5}", ADMIN, ADMIN_PASSWORD);
        assertThat(term.status()).as(term.toString()).isEqualTo(201);

        String body = "{\"holders\":[{\"memberId\":" + own.get(0) + ",\"seat\":\"SECRETARY\"},{\"memberId\":"
                + outsider + ",\"seat\":\"ORGANIZATION\"},{\"memberId\":" + outsider + ",\"seat\":\"PUBLICITY\"}]}";
        Api.Reply refused = api.put("/api/terms/" + term.id() + "/committee", body, secretary, PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain(outsiderName).doesNotContain("示例党员壬");
        assertThat(message(refused)).contains(String.valueOf(outsider));
    }

    @Test
    @DisplayName("B12: a secretary's brand record shows other branches only as one total row, without id or name")
    void brandRecordShowsOtherBranchesAsTotals() {
        String secretary = "harden-brand-" + tag;
        user(secretary, "BRANCH_SECRETARY", branchA);
        long a = member("品牌甲 " + tag, branchA);
        long b1 = member("品牌乙一 " + tag, branchB);
        long b2 = member("品牌乙二 " + tag, branchB);
        Api.Reply brand = api.post("/api/brands", "{\"name\":" + q("加固品牌 " + tag) + ",\"organizationId\":" + zone
                + ",\"foundedOn\":\"2018-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(brand.status()).as(brand.toString()).isEqualTo(201);
        activity(branchA, List.of(a), brand.id());
        activity(branchB, List.of(b1, b2), brand.id());

        String path = "/api/brands/" + brand.id() + "/report?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY;
        Api.Reply mine = api.get(path, secretary, PASSWORD);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.body()).doesNotContain("加固乙支部").contains("加固甲支部 " + tag);
        JsonObject report = mine.object();
        assertThat(report.getInt("activities")).isEqualTo(2);
        assertThat(report.getInt("present")).isEqualTo(3);
        assertThat(report.getInt("organizationsReached")).isEqualTo(2);
        List<JsonObject> rows = report.getJsonArray("organizations").getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getJsonNumber("organizationId").longValue()).isEqualTo(branchA);
        assertThat(rows.get(1).get("organizationId")).as("the others' row has no id")
                .isIn(null, JsonValue.NULL);
        assertThat(rows.get(1).get("name")).isIn(null, JsonValue.NULL);
        assertThat(rows.get(1).getInt("present")).isEqualTo(2);

        Api.Reply staff = api.get(path, ADMIN, ADMIN_PASSWORD);
        assertThat(staff.body()).contains("加固甲支部 " + tag).contains("加固乙支部 " + tag);
    }

    private void activity(long organizationId, List<Long> present, long brandId) {
        Api.Reply reply = api.post("/api/activities", "{\"organizationId\":" + organizationId
                + ",\"type\":\"THEMED_PARTY_DAY\",\"title\":\"加固主题党日\",\"heldOn\":\"" + TODAY
                + "\",\"presentMemberIds\":" + present + ",\"brandId\":" + brandId + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    // ---- item 6

    @Test
    @DisplayName("S5: 5 failures from one address lock the account there only; unknown, wrong, locked answer alike;"
            + " an admin unlock is audited")
    void lockoutPerAccountAndAddress() {
        String username = "harden-lock-" + tag;
        long id = user(username, "COMMITTEE_STAFF", null);
        Api other = otherAddress().orElse(null);

        Api.Reply unknown = api.get("/api/parks", "nobody-" + tag, PASSWORD);
        assertThat(unknown.status()).isEqualTo(401);
        for (int i = 1; i <= 5; i++) {
            Api.Reply wrong = api.get("/api/parks", username, "Wrong2026pw" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo(unknown.body());
            assertThat(wrong.raw().headers().firstValue("WWW-Authenticate"))
                    .isEqualTo(unknown.raw().headers().firstValue("WWW-Authenticate"));
        }
        Api.Reply locked = api.get("/api/parks", username, PASSWORD);
        assertThat(locked.status()).as("the right password is refused while locked").isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body());

        JsonObject listed = api.get("/api/users", ADMIN, ADMIN_PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
        assertThat(listed.getBoolean("locked")).isTrue();
        assertThat(api.get("/api/audit?entityType=UserAccount&entityId=" + id + "&action=LOCKED", ADMIN,
                ADMIN_PASSWORD).array()).hasSize(1);

        if (other != null) {
            assertThat(other.get("/api/parks", username, PASSWORD).status())
                    .as("another address still signs in").isEqualTo(200);
        }

        assertThat(api.post("/api/users/" + id + "/unlock", "", username, PASSWORD).status()).isEqualTo(401);
        Api.Reply unlocked = api.post("/api/users/" + id + "/unlock", "", ADMIN, ADMIN_PASSWORD);
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(204);
        assertThat(api.get("/api/audit?entityType=UserAccount&entityId=" + id + "&action=UNLOCK", ADMIN,
                ADMIN_PASSWORD).array()).hasSize(1);
        assertThat(api.get("/api/parks", username, PASSWORD).status()).isEqualTo(200);
        Assumptions.assumeTrue(other != null, "no second local address reaches the server");
    }

    @Test
    @DisplayName("S5: the sign-in page says the same for an unknown user, a wrong password and a locked account")
    void signInPageSaysTheSame() throws IOException, InterruptedException {
        String username = "harden-form-" + tag;
        user(username, "COMMITTEE_STAFF", null);
        Browser browser = new Browser();
        String unknown = browser.signIn("nobody-" + tag, PASSWORD).select(".ui-messages-error-summary").text();
        assertThat(unknown).startsWith("用户名或密码错误");
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.signIn(username, "Wrong2026pw" + i).select(".ui-messages-error-summary").text())
                    .isEqualTo(unknown);
        }
        Document locked = browser.signIn(username, PASSWORD);
        assertThat(locked.select(".ui-messages-error-summary").text()).isEqualTo(unknown);
        assertThat(locked.text()).doesNotContain("锁定");
    }

    // ---- item 7

    @Test
    @DisplayName("A form posted after its session expired leads to the sign-in page saying so, never a 500")
    void expiredViewLeadsToSignIn() throws IOException, InterruptedException {
        Map<String, String> form = loginForm(new Browser().get("/login.xhtml"), "nobody-" + tag, PASSWORD);
        Browser later = new Browser();

        HttpResponse<String> posted = later.post("/login.xhtml", form, Map.of());
        assertThat(posted.statusCode()).as(posted.body()).isIn(302, 303);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/login.xhtml?expired=true"));
        Document login = Jsoup.parse(later.get("/login.xhtml?expired=true").body());
        assertThat(login.text()).contains("登录已超时，请重新登录");
        assertThat(Jsoup.parse(later.get("/login.xhtml").body()).text()).doesNotContain("登录已超时");

        Map<String, String> ajax = new LinkedHashMap<>(form);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "login:submit");
        ajax.put("jakarta.faces.partial.execute", "@all");
        HttpResponse<String> partial = later.post("/login.xhtml", ajax, Map.of("Faces-Request", "partial/ajax"));
        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
        assertThat(partial.body()).contains("<redirect url=\"").contains("/login.xhtml?expired=true");

        HttpResponse<String> page = later.post("/organization/tree.xhtml", ajax, Map.of("Faces-Request",
                "partial/ajax"));
        assertThat(page.statusCode()).as("a protected page's Ajax call without a session").isEqualTo(200);
        assertThat(page.body()).contains("<partial-response><redirect url=\"")
                .contains("/login.xhtml?expired=true");
    }

    // ---- item 8

    @Test
    @DisplayName("REST answers with personal data: nosniff, no referrer, no caching, a policy that runs nothing")
    void restHeaders() {
        long id = member("加固头部 " + tag, branchA);
        Api.Reply reply = api.get("/api/members/" + id, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).isEqualTo(200);
        var headers = reply.raw().headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValue("no-store");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("default-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(api.get("/api/members/" + id, null, null).raw().headers().firstValue("X-Content-Type-Options"))
                .as("also on a refusal").hasValue("nosniff");
    }

    @Test
    @DisplayName("Pages: PrimeFaces' CSP with a nonce, no caching; the session cookie is HttpOnly and SameSite=Lax")
    void pageHeadersAndCookie() throws IOException, InterruptedException {
        HttpResponse<String> page = new Browser().get("/login.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("script-src 'self' 'nonce-").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").doesNotContain("unsafe-eval");
        String nonce = policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(Jsoup.parse(page.body()).select("script:not([src])")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.attr("nonce")).isEqualTo(nonce));
        assertThat(page.body()).doesNotContain(" onclick=\"");
        assertThat(headers.firstValue("Cache-Control")).hasValue("no-store");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        String cookie = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + headers.map()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain HTTP: not Secure").doesNotContainIgnoringCase("Secure;").doesNotEndWith("Secure");
    }

    // ---- item 9

    @Test
    @DisplayName("ACT14 B3: damaged images and WebP are refused as photos and logos; what is stored is written anew")
    void uploadsCheckedByDecoding() throws IOException, InterruptedException {
        long member = member("加固照片 " + tag, branchA);
        Api.Reply held = api.post("/api/activities", "{\"organizationId\":" + branchA
                + ",\"type\":\"THEMED_PARTY_DAY\",\"title\":\"加固照片\",\"heldOn\":\"" + TODAY
                + "\",\"presentMemberIds\":[" + member + "]}", ADMIN, ADMIN_PASSWORD);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        String photos = "/api/activities/" + held.id() + "/photos";
        Api.Reply brand = api.post("/api/brands", "{\"name\":" + q("加固标识 " + tag) + ",\"organizationId\":"
                + branchA + ",\"foundedOn\":\"2018-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(brand.status()).as(brand.toString()).isEqualTo(201);

        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("truncated PNG", TestImages.truncatedPng());
        bad.put("JPEG header and junk", TestImages.jpegHeaderAndJunk());
        bad.put("WebP header and junk", TestImages.webpHeaderAndJunk());
        for (Map.Entry<String, byte[]> upload : bad.entrySet()) {
            Api.Reply photo = api.postBytes(photos, upload.getValue(), "application/octet-stream", ADMIN,
                    ADMIN_PASSWORD);
            assertThat(photo.status()).as(upload.getKey() + ": " + photo).isEqualTo(400);
            assertThat(fields(photo)).containsExactly("photo");
            HttpResponse<String> logo = putLogo(brand.id(), upload.getValue());
            assertThat(logo.statusCode()).as(upload.getKey() + ": " + logo.body()).isEqualTo(400);
            assertThat(logo.body()).contains("\"logo\"");
        }
        assertThat(message(api.postBytes(photos, TestImages.webpHeaderAndJunk(), "image/webp", ADMIN,
                ADMIN_PASSWORD))).contains("WebP");
        assertThat(api.get(photos, ADMIN, ADMIN_PASSWORD).array()).isEmpty();

        Api.Reply kept = api.postBytes(photos, TestImages.pngWithScript(), "image/png", ADMIN, ADMIN_PASSWORD);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        byte[] stored = api.getBytes(photos + "/" + kept.id(), ADMIN, ADMIN_PASSWORD).body();
        assertThat(TestImages.contains(stored, "<script>")).isFalse();
        assertThat(TestImages.read(stored).getWidth()).isEqualTo(40);
        Api.Reply located = api.postBytes(photos, TestImages.withExif(64, 48, 1), "image/jpeg", ADMIN,
                ADMIN_PASSWORD);
        assertThat(located.status()).as(located.toString()).isEqualTo(201);
        assertThat(TestImages.contains(api.getBytes(photos + "/" + located.id(), ADMIN, ADMIN_PASSWORD).body(),
                TestImages.GPS_MARKER)).as("no GPS position stored").isFalse();

        assertThat(putLogo(brand.id(), TestImages.pngWithScript()).statusCode()).isEqualTo(200);
        byte[] logo = api.getBytes("/api/brands/" + brand.id() + "/logo", ADMIN, ADMIN_PASSWORD).body();
        assertThat(TestImages.contains(logo, "<script>")).isFalse();
        assertThat(TestImages.read(logo).getWidth()).isEqualTo(40);
    }

    private HttpResponse<String> putLogo(long brandId, byte[] body) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create(api.base() + "/api/brands/" + brandId + "/logo"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/octet-stream")
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- item 10

    @Test
    @DisplayName("Names with NUL, a line break or a direction override are refused with a field message")
    void controlCharactersInNamesRefused() {
        for (String bad : List.of("\u0000", "\n", "\u202E", "\u2066")) {
            Api.Reply organization = api.post("/api/organizations", "{\"name\":" + q("加固" + bad + "支部 " + tag)
                    + ",\"type\":\"BRANCH\",\"parentId\":" + zone + ",\"establishedOn\":\"2000-01-01\"}", ADMIN,
                    ADMIN_PASSWORD);
            assertThat(organization.status()).as(organization.toString()).isEqualTo(400);
            assertThat(fields(organization)).containsExactly("name");
            // NUL is refused in any text before binding (PostgreSQL cannot store it), the others by the name rule
            assertThat(message(organization)).contains(bad.equals("\u0000") ? "空字符" : "控制字符");
        }
        Api.Reply member = api.post("/api/members", "{\"name\":" + q("示例\u202Egnp.exe " + tag) + ",\"idNumber\":"
                + q(IdNumbers.unique(LocalDate.of(1980, 1, 1), true)) + ",\"organizationId\":" + branchA
                + ",\"probationaryOn\":\"2015-07-01\"}", ADMIN, ADMIN_PASSWORD, "en");
        assertThat(member.status()).as(member.toString()).isEqualTo(400);
        assertThat(fields(member)).containsExactly("name");
        assertThat(message(member)).contains("control characters");
        Api.Reply user = api.post("/api/users", "{\"username\":" + q("harden-bidi-" + tag) + ",\"password\":"
                + q(PASSWORD) + ",\"role\":\"COMMITTEE_STAFF\",\"displayName\":\"王\\u202e丽\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(user.status()).as(user.toString()).isEqualTo(400);
        assertThat(fields(user)).containsExactly("displayName");
    }

    @Test
    @DisplayName("406 reads as a real message in Chinese and in English")
    void notAcceptable() throws IOException, InterruptedException {
        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(api.base() + "/api/organizations/" + zone))
                    .header("Accept", "text/csv").header("Accept-Language", language)
                    .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(reply.statusCode()).isEqualTo(406);
            assertThat(reply.body()).doesNotContain("error.title").contains("\"status\":406")
                    .contains(language.equals("en") ? "Not acceptable" : "格式");
        }
    }

    // ---- helpers

    /** A JSON string literal (these bodies are written as JSON text on purpose: escapes exactly as sent). */
    private static String q(String value) {
        return Json.createValue(value).toString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The API through the other loopback address (IPv6 {@code ::1} beside {@code 127.0.0.1}), so that the server
     * sees a second client address without the test's traffic leaving this machine; empty when the server does not
     * answer there.
     */
    private Optional<Api> otherAddress() {
        try {
            InetAddress used = InetAddress.getByName(url.getHost());
            for (InetAddress address : List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"))) {
                if (address.equals(used)) {
                    continue;
                }
                Api candidate = new Api(new URL(url.getProtocol(), address.getHostAddress(), url.getPort(),
                        url.getFile()));
                try {
                    if (candidate.get("/api/parks", null, null).status() == 401) {
                        return Optional.of(candidate);
                    }
                } catch (RuntimeException unreachable) {
                    // the server does not listen there
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A cookie-keeping client for the sign-in form, as a browser would post it. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(api.base() + path)).GET()
                    .timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Opens the sign-in page, submits the form, and returns the page that answers (following one redirect). */
        Document signIn(String username, String password) throws IOException, InterruptedException {
            Map<String, String> form = loginForm(get("/login.xhtml"), username, password);
            HttpResponse<String> answer = post("/login.xhtml", form, Map.of());
            if (answer.statusCode() == 302 || answer.statusCode() == 303) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                answer = http.send(HttpRequest.newBuilder(URI.create(api.base()).resolve(location)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return Jsoup.parse(answer.body());
        }
    }

    /** The sign-in form as the page's script submits it, with PrimeFaces' CSP nonce of that page. */
    static Map<String, String> loginForm(HttpResponse<String> response, String username, String password) {
        Document page = Jsoup.parse(response.body());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("primefaces.nonce", policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1"));
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", page.select("form#login input[name=jakarta.faces.ViewState]").val());
        return form;
    }
}
