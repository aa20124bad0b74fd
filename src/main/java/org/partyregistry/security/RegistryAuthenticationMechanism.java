package org.partyregistry.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partyregistry.platform.ExpiredViewHandler;
import org.partyregistry.platform.SecurityHeadersFilter;

/**
 * Two ways in, one account check ({@link AccountService#authenticate}, which needs the client address for rule
 * S5): HTTP Basic on every {@code /api} request (stateless, no session, so no
 * cross-site request can ride a browser session), and form login for pages, which keeps only the username in the
 * HTTP session and re-reads the account's role on every request (a disabled account is out at once).
 */
@ApplicationScoped
public class RegistryAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "registry.user";
    private static final Logger LOG = Logger.getLogger(RegistryAuthenticationMechanism.class.getName());
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    AccountService accounts;

    @Inject
    VerifiedCredentials verified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            AccountService.LoginResult result = authenticate(login.getCaller(), login.getPasswordAsString(),
                    request.getRemoteAddr());
            if (result.outcome() != AccountService.Outcome.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_USER, login.getCaller());
            return context.notifyContainerAboutLogin(login.getCaller(), Set.of(result.role().name()));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Role> role = accounts.activeRole(username);
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(username, Set.of(role.get().name()));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return toLogin(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * Not signed in on a page: to the sign-in page. A form posted without a session (it expired since the page was
     * shown) goes there with "your session expired"; a Faces Ajax request gets that redirect as a partial response,
     * which is the only answer its script follows (a 302 would be fetched as the sign-in page's HTML and dropped).
     */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        boolean posted = "POST".equalsIgnoreCase(request.getMethod());
        String target = request.getContextPath() + (posted ? ExpiredViewHandler.EXPIRED_LOGIN : LOGIN_PAGE);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml;charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + target.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                // the client sees no redirect and stays on the page; nothing else to do
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return challenge(response);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                Optional<Role> role = basicSignIn(decoded.substring(0, colon), decoded.substring(colon + 1),
                        request.getRemoteAddr());
                if (role.isPresent()) {
                    return context.notifyContainerAboutLogin(decoded.substring(0, colon), Set.of(role.get().name()));
                }
            }
            return challenge(response);
        }
        if (context.isProtected()) {
            return challenge(response);
        }
        return context.doNothing();
    }

    /**
     * Rule S5 with S4's cost kept off every REST call: a username and password verified on this node within the
     * last minute are confirmed with one query instead of another PBKDF2 run. In the entry's last seconds one request
     * verifies in full again while the others carry on, so the clients of an account do not all wait at its expiry.
     */
    private Optional<Role> basicSignIn(String username, String password, String address) {
        Optional<VerifiedCredentials.Verified> cached = verified.find(username, password);
        if (cached.isPresent() && !verified.claimRefresh(username, password, cached.get())) {
            Optional<Role> role = accounts.stillValid(username, cached.get().hash(), address);
            if (role.isPresent()) {
                return role;
            }
            verified.forget(username, password);
            cached = Optional.empty();
        }
        boolean refreshing = cached.isPresent();
        return verified.oneAtATime(username, password, () -> (refreshing ? Optional.<Role>empty()
                : remembered(username, password, address)).or(() -> {
                    AccountService.LoginResult result = authenticate(username, password, address);
                    if (result.outcome() != AccountService.Outcome.VALID) {
                        return Optional.empty();
                    }
                    verified.remember(username, password, result.verifiedHash());
                    return Optional.of(result.role());
                }));
    }

    /** The role of a username and password this node verified within the last minute, confirmed by one query. */
    private Optional<Role> remembered(String username, String password, String address) {
        Optional<VerifiedCredentials.Verified> cached = verified.find(username, password);
        if (cached.isPresent()) {
            Optional<Role> role = accounts.stillValid(username, cached.get().hash(), address);
            if (role.isPresent()) {
                return role;
            }
            verified.forget(username, password);
        }
        return Optional.empty();
    }

    /**
     * The account check; a failure to record the attempt (two first failures of one pair at the same moment meet
     * in the unique key) refuses this attempt rather than answering 500.
     */
    private AccountService.LoginResult authenticate(String username, String password, String address) {
        try {
            return accounts.authenticate(username, password, address);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in attempt not recorded; refused", e);
            return new AccountService.LoginResult(AccountService.Outcome.INVALID, null, null);
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"party-registry\", charset=\"UTF-8\"");
            // the security filter does not run for a refused sign-in: the same headers here
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.RESOURCE_POLICY);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"errors\":[]}");
        } catch (IOException e) {
            // the status is already set; a lost body is harmless
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
