package org.partyregistry.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The REST endpoints of the application, read from the JAX-RS annotations of the compiled resource classes (the
 * main classes are on the test class path): a new endpoint is in the security suites the moment it is compiled.
 */
public final class Endpoints {

    private static final String PACKAGE = "org.partyregistry";
    private static final String APPLICATION = PACKAGE + ".platform.RestApplication";

    private Endpoints() {
    }

    /**
     * One resource method.
     *
     * @param method     GET, POST, PUT, DELETE…
     * @param path       the template from the context root, e.g. {@code /api/members/{id}/transfers}
     * @param pathParams the names of the template's parameters, in the order of the Java parameters
     * @param queryParams the names of the query parameters
     * @param body       the type of the entity parameter, or {@code null} when it takes none
     * @param javaMethod the resource method
     */
    public record Endpoint(String method, String path, List<String> pathParams, List<String> queryParams,
                           Class<?> body, Method javaMethod) {

        /** {@code METHOD PATH}, e.g. {@code POST /api/members/{id}/transfers}. */
        public String key() {
            return method + " " + path;
        }

        public boolean writes() {
            return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
        }

        /** Takes a JSON body (a record or other bean), not a raw stream such as an image or a workbook. */
        public boolean jsonBody() {
            return body != null && !InputStream.class.isAssignableFrom(body) && body != byte[].class;
        }

        public boolean rawBody() {
            return body != null && !jsonBody();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Every endpoint, ordered by path and method. */
    public static List<Endpoint> all() {
        ClassLoader loader = Endpoints.class.getClassLoader();
        String root;
        java.nio.file.Path classes;
        try {
            Class<?> application = Class.forName(APPLICATION, false, loader);
            root = "/" + application.getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");
            classes = java.nio.file.Path.of(application.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("the application's classes are not on the test class path", e);
        }
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve(PACKAGE.replace('.', '/')))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                            .contains("jakarta/ws/rs/Path")) {
                        unreadable.add(name + ": " + e);
                    }
                    continue;
                }
                Path classPath = type.getAnnotation(Path.class);
                if (classPath != null) {
                    endpoints.addAll(of(type, root + "/" + classPath.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("resource classes that cannot be loaded: " + unreadable);
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("no JAX-RS resources found under " + classes);
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return List.copyOf(endpoints);
    }

    private static List<Endpoint> of(Class<?> type, String base) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String verb = verb(method);
            if (verb == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = normalize(methodPath == null ? base : base + "/" + methodPath.value());
            List<String> pathParams = new ArrayList<>();
            List<String> queryParams = new ArrayList<>();
            Class<?> body = null;
            for (Parameter parameter : method.getParameters()) {
                PathParam pathParam = parameter.getAnnotation(PathParam.class);
                QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
                if (pathParam != null) {
                    pathParams.add(pathParam.value());
                } else if (queryParam != null) {
                    queryParams.add(queryParam.value());
                } else if (!injected(parameter)) {
                    body = parameter.getType();
                }
            }
            endpoints.add(new Endpoint(verb, path, List.copyOf(pathParams), List.copyOf(queryParams), body, method));
        }
        return endpoints;
    }

    /** A parameter JAX-RS fills from the request other than the entity: any other {@code jakarta.ws.rs} one. */
    private static boolean injected(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (annotation instanceof Context || name.startsWith("jakarta.ws.rs.")
                    && !name.equals("jakarta.ws.rs.Encoded")) {
                return true;
            }
        }
        return false;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Single slashes, no trailing one, and {@code {name: regex}} written {@code {name}}. */
    static String normalize(String path) {
        String clean = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }
}
