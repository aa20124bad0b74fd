package org.partyregistry.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the pages over plain HTTP, as a browser without scripts would be: one cookie jar (the session cookie
 * and whatever else the server sets), the Faces forms posted with their view state, redirects followed by hand so
 * that each answer (and the header naming the node that gave it) can be looked at.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SIGNED_IN_AS = Pattern.compile("class=\"who\" title=\"([^\"]*)\"");
    private static final Pattern LANGUAGE = Pattern.compile("<html lang=\"([^\"]+)\"");
    /** The page's script nonce (PrimeFaces' content security policy), which its Ajax requests send back. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private final Duration patience;

    public PageSession(String base) {
        this(base, Duration.ofSeconds(30));
    }

    /** A session whose requests each wait at most {@code patience} for their answer. */
    public PageSession(String base, Duration patience) {
        this.base = base;
        this.patience = patience;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One answer of the server. */
    public record Page(int status, String body, Optional<String> location, String upstream) {

        /** The username the page header shows as signed in, if any. */
        public Optional<String> signedInAs() {
            Matcher matcher = SIGNED_IN_AS.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        /** The page's language ({@code <html lang>}). */
        public String language() {
            Matcher matcher = LANGUAGE.matcher(body);
            return matcher.find() ? matcher.group(1) : "";
        }

        String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No Faces view state in the page (status " + status + ")");
            }
            return matcher.group(1).replace("&#58;", ":");
        }

        @Override
        public String toString() {
            return status + location.map(target -> " -> " + target).orElse("") + " from " + upstream;
        }
    }

    public Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * Posts a Faces form of {@code page} (shown at {@code path}) with its view state, the form's own marker field
     * and {@code fields}: what a browser sends for a non-Ajax command.
     */
    public Page submit(String path, Page page, String form, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", page.viewState());
        String body = all.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The Ajax request PrimeFaces sends to fill a panel the page fills after loading ({@code p:outputPanel
     * deferred="true"}, client id {@code panel}): its partial update, or the failure with the server's error.
     */
    public String fill(String path, Page page, String panel) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", panel);
        fields.put("jakarta.faces.partial.execute", panel);
        fields.put("jakarta.faces.partial.render", panel);
        fields.put(panel + "_load", "true");
        fields.put("jakarta.faces.ViewState", page.viewState());
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        Page answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        int error = answer.body().indexOf("<error>");
        if (answer.status() != 200 || error >= 0 || !answer.body().contains("<update id=\"" + panel + "\"")) {
            throw new IllegalStateException("Filling " + panel + " of " + path + " answered " + answer.status() + ": "
                    + (error >= 0 ? answer.body().substring(error) : answer.body()));
        }
        return answer.body();
    }

    /** Follows a redirect answer to its target (on the same server). */
    public Page follow(Page redirect) throws IOException, InterruptedException {
        String target = redirect.location().orElseThrow(() -> new IllegalStateException("Not a redirect: "
                + redirect));
        URI uri = URI.create(base).resolve(target);
        return get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** Signs in on the sign-in page's form; returns the page the person lands on. */
    public Page signIn(String username, String password) throws IOException, InterruptedException {
        Page login = get("/login.xhtml");
        Page answer = submit("/login.xhtml", login, "login", Map.of("login:username", username,
                "login:password", password, "login:submit", ""));
        if (answer.status() != 302) {
            throw new IllegalStateException("Sign-in as " + username + " refused: " + answer);
        }
        return follow(answer);
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(patience).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"),
                response.headers().firstValue(Nginx.UPSTREAM_HEADER).orElse("(no " + Nginx.UPSTREAM_HEADER + ")"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
