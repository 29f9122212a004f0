package no.sammen.identity.boundary;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.identity.control.SammenAuthenticationMechanism;
import no.sammen.platform.LogSafe;
import no.sammen.platform.RequestIds;

/**
 * Guards every state-changing request a browser session makes. API calls authenticated by the session cookie must
 * echo the session's synchronizer token in {@code X-CSRF-Token}; form posts (Faces pages, which also carry their
 * view state) must come from Sammen's own origin. Bearer-token calls are not exposed to CSRF and pass.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfProtection extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfProtection.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    @ConfigProperty(name = "sammen.public-url")
    transient String publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || "bearer".equals(request.getAttribute(
                SammenAuthenticationMechanism.AUTHENTICATED_BY))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed;
        if (path.startsWith("/api/")) {
            String expected = SammenAuthenticationMechanism.csrfToken(request);
            String given = request.getHeader(HEADER);
            allowed = expected == null || (given != null && MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)));
        } else {
            allowed = sameOrigin(request);
        }
        if (allowed) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "cross-site request refused method=" + request.getMethod() + " path="
                + LogSafe.value(path) + " requestId=" + RequestIds.of(request));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"The request did not come from a Sammen page.\",\"requestId\":\""
                + RequestIds.of(request) + "\"}");
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            origin = originOf(referer);
        }
        return originOf(publicUrl).equals(origin);
    }

    private static String originOf(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme() + "://" + u.getAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
