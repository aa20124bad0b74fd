package org.partyregistry.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small JSON-over-HTTP client for the REST contract, authenticating with HTTP Basic. */
final class Api {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = Optional.ofNullable(System.getenv("REGISTRY_ADMIN_PASSWORD"))
            .orElse("it-admin-Secret1");

    /**
     * Plain HTTP/1.1: no h2c upgrade on a new connection (a large upload sent as an upgrade request came back as
     * "EOF reached while reading" on a loaded machine).
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Api(URL deployment) {
        String url = deployment.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String base() {
        return base;
    }

    record Reply(int status, String body, HttpResponse<String> raw) {

        JsonObject object() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        long id() {
            return object().getJsonNumber("id").longValue();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, password, null);
    }

    Reply get(String path, String user, String password, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, password, language);
    }

    Reply post(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password, null);
    }

    Reply post(String path, String json, String user, String password, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password, language);
    }

    /** Posts a file over HTTP/1.1 (no h2c upgrade), waiting up to 5 minutes for a long import to answer. */
    Reply postBytes(String path, byte[] body, String contentType, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply put(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), user, password, null);
    }

    private Reply send(HttpRequest.Builder request, String user, String password, String language) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON string literal. */
    static String q(String value) {
        return Json.createValue(value).toString();
    }
}
