package org.partyregistry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** One HTTP client of a benchmark: HTTP/1.1 with kept-alive connections, signed in as the admin by HTTP Basic. */
final class BenchClient {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = BenchDatabase.property("bench.adminPassword").orElse("bench-admin-Secret1");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));

    BenchClient(String base) {
        this.base = base;
    }

    /** The node's address, e.g. {@code http://localhost:8080/registry}. */
    String base() {
        return base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBytes(String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET that must answer 200; the body otherwise in the failure. */
    String ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + excerpt(response.body()));
        }
        return response.body();
    }

    static String excerpt(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization).header("Accept", "application/json");
    }
}
