package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document Payara Micro publishes at {@code /openapi} and the REST reference in {@code docs/api.md} list
 * the same calls: an endpoint added, removed or renamed without its row in the guide, or a row left for a call that
 * is gone, fails the build. Path parameters are compared by position, not by name ({@code {id}} and
 * {@code {termId}} are the same).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** A reference row: {@code | GET | `/api/...` | roles | notes |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\s*\\|\\s*`(/api/[^`\\s]*)`\\s*\\|");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]*}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    JsonObject document;

    @BeforeEach
    void fetchDocument() {
        String base = url.toString().endsWith("/") ? url.toString() : url + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "openapi"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .GET().build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // no credentials: the document is public, like /health
        assertThat(response.statusCode()).as("GET /openapi without credentials: %s", response.body())
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        }
    }

    @Test
    @DisplayName("every call in docs/api.md is in the OpenAPI document with the same method, and every call there"
            + " is documented")
    void referenceAndDocumentListTheSameCalls() throws IOException {
        Set<String> documented = documented();
        Set<String> published = published();
        assertThat(documented).as("reference rows in docs/api.md").hasSizeGreaterThan(50);
        assertThat(published).as("operations in /openapi").hasSizeGreaterThan(50);

        Set<String> undocumented = new TreeSet<>(published);
        undocumented.removeAll(documented);
        Set<String> unpublished = new TreeSet<>(documented);
        unpublished.removeAll(published);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(undocumented).as("calls in /openapi without a row in docs/api.md").isEmpty();
            softly.assertThat(unpublished).as("rows in docs/api.md that /openapi does not have").isEmpty();
        });
    }

    @Test
    @DisplayName("the document names the API, its HTTP Basic scheme, and gives every operation a tag and a summary")
    void documentDescribesTheApi() {
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("party-registry REST API");
        JsonObject basic = document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("basicAuth");
        assertThat(basic.getString("type")).isEqualTo("http");
        assertThat(basic.getString("scheme")).isEqualTo("basic");
        assertThat(document.getJsonArray("security").getValuesAs(JsonObject.class))
                .anySatisfy(requirement -> assertThat(requirement).containsKey("basicAuth"));

        List<String> incomplete = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> item : path.getValue().asJsonObject().entrySet()) {
                if (!HTTP_METHODS.contains(item.getKey())) {
                    continue;
                }
                JsonObject operation = item.getValue().asJsonObject();
                boolean summary = !operation.getString("summary", "").isBlank();
                boolean tagged = operation.containsKey("tags") && !operation.getJsonArray("tags").isEmpty();
                if (!summary || !tagged) {
                    incomplete.add(item.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()
                            + (summary ? "" : " (no summary)") + (tagged ? "" : " (no tag)"));
                }
            }
        }
        assertThat(incomplete).as("operations without @Operation(summary) or a @Tag on their resource").isEmpty();
    }

    /** "METHOD /api/path" of every reference row in docs/api.md. */
    private static Set<String> documented() throws IOException {
        Path guide = Path.of(System.getProperty("basedir", "."), "docs", "api.md");
        Set<String> calls = new TreeSet<>();
        for (String line : Files.readAllLines(guide, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                calls.add(row.group(1) + " " + normalize(row.group(2)));
            }
        }
        return calls;
    }

    /**
     * "METHOD /api/path" of every operation in the OpenAPI document. Its paths are the application's own (the JAX-RS
     * application path included); the app runs at the context root, as in production.
     */
    private Set<String> published() {
        Set<String> calls = new TreeSet<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            String full = normalize(path.getKey());
            for (String key : path.getValue().asJsonObject().keySet()) {
                if (HTTP_METHODS.contains(key)) {
                    calls.add(key.toUpperCase(Locale.ROOT) + " " + full);
                }
            }
        }
        return calls;
    }

    /** Single slashes, no trailing slash, every path parameter as {@code {}}. */
    static String normalize(String path) {
        String normalized = PARAMETER.matcher(path).replaceAll("{}").replaceAll("/{2,}", "/");
        if (!normalized.startsWith("/")) {
            normalized = "/" + normalized;
        }
        return normalized.length() > 1 && normalized.endsWith("/")
                ? normalized.substring(0, normalized.length() - 1) : normalized;
    }
}
