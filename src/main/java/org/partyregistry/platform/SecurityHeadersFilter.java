package org.partyregistry.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers for every request: no content-type sniffing, no referrer beyond this site, no framing; no
 * caching of pages and REST answers, which carry personal data (a resource may still set its own caching, as the
 * activity photos do); and for REST answers a Content-Security-Policy that allows nothing to run. Pages get theirs
 * from PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml), which adds a nonce per response to the scripts it
 * renders, so two policies never meet on one page. (Certificates are left without one: a PDF viewer does not open
 * under {@code default-src 'none'}.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy of REST answers (JSON, images, workbooks): nothing may run or be framed. */
    public static final String RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean staticResource = path.startsWith("/jakarta.faces.resource/");
        if (!staticResource) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", RESOURCE_POLICY);
        }
        chain.doFilter(request, response);
    }
}
