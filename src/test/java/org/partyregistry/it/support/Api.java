package org.partyregistry.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A small JSON-over-HTTP client for the REST contract, authenticating with HTTP Basic. Bodies are JSON-P values
 * (see {@link JsonBodies}); the {@code String} overloads are for bodies that are not JSON on purpose (malformed,
 * empty).
 */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = Optional.ofNullable(System.getenv("REGISTRY_ADMIN_PASSWORD"))
            .orElse("it-admin-Secret1");

    private static final String JSON = "application/json";

    /**
     * Plain HTTP/1.1: no h2c upgrade on a new connection (a large upload sent as an upgrade request came back as
     * "EOF reached while reading" on a loaded machine).
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Api(URL deployment) {
        String url = deployment.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The application's address without a trailing slash, e.g. for a browser to open. */
    public String base() {
        return base;
    }

    /** An answer: status, body, and the raw response for its headers. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The {@code id} of the object answered, e.g. of what was just created. */
        public long id() {
            return object().getJsonNumber("id").longValue();
        }

        /** The numeric {@code field} of each object of the array answered, in order. */
        public List<Long> longs(String field) {
            return array().stream().map(v -> v.asJsonObject().getJsonNumber(field).longValue()).toList();
        }

        /** The field each error of a problem answer names, in order ("" for an error without a field). */
        public List<String> errorFields() {
            return object().getJsonArray("errors").stream()
                    .map(e -> e.asJsonObject().get("field"))
                    .map(f -> f == null || f == JsonValue.NULL ? "" : ((JsonString) f).getString())
                    .toList();
        }

        /** The message of the first error of a problem answer. */
        public String errorMessage() {
            return object().getJsonArray("errors").getJsonObject(0).getString("message");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password, null);
    }

    public Reply get(String path, String user, String password, String language) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password, language);
    }

    public Reply post(String path, JsonStructure body, String user, String password) {
        return post(path, body.toString(), user, password, null);
    }

    public Reply post(String path, JsonStructure body, String user, String password, String language) {
        return post(path, body.toString(), user, password, language);
    }

    /** Posts this text as JSON as it is: for bodies that are malformed or empty on purpose. */
    public Reply post(String path, String json, String user, String password) {
        return post(path, json, user, password, null);
    }

    public Reply post(String path, String json, String user, String password, String language) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password, language);
    }

    public Reply put(String path, JsonStructure body, String user, String password) {
        return put(path, body.toString(), user, password);
    }

    /** Puts this text as JSON as it is: for bodies that are malformed on purpose. */
    public Reply put(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password, null);
    }

    /** Posts a file over HTTP/1.1 (no h2c upgrade), waiting up to 5 minutes for a long import to answer. */
    public Reply postBytes(String path, byte[] body, String contentType, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType)
                .header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response);
    }

    /** Puts a file, e.g. an image, and answers the JSON (or problem) the server sends back. */
    public Reply putBytes(String path, byte[] body, String contentType, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), user, password, null);
    }

    /**
     * Any method with any body ({@code null}: none) and content type, e.g. for requests built from the resource
     * classes by reflection.
     */
    public Reply send(String method, String path, String contentType, byte[] body, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, user, password, null);
    }

    public HttpResponse<byte[]> getBytes(String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).GET().header("Authorization", basic(user, password))
                .timeout(Duration.ofSeconds(60)).build();
        return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Reply send(HttpRequest.Builder request, String user, String password, String language) {
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = exchange(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
