package no.sammen.messaging.boundary;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.messaging.Threads;
import no.sammen.messaging.control.LiveTickets;
import no.sammen.messaging.control.ThreadDirectory;
import no.sammen.platform.Caller;
import no.sammen.platform.SammenException;

/**
 * Authenticates the live feed's WebSocket handshake ({@code /ws/threads/{threadId}}) while it is still an HTTP
 * request: by a single-use ticket ({@code ?ticket=}, from {@code POST /api/threads/{id}/live-ticket}), or by the web
 * session, whose handshake must come from Sammen's own origin (a page of another site cannot open a feed with the
 * visitor's cookie). A session opening is a guarded read of the thread (one audit entry); a ticket's was audited
 * when it was issued. The endpoint finds the caller as the handshake's principal; without one it closes with 4401.
 */
@WebFilter(filterName = "live-handshake", urlPatterns = "/ws/*")
public class LiveHandshake extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Provider<Caller> callers;

    @Inject
    transient LiveTickets tickets;

    @Inject
    transient Threads threads;

    @Inject
    transient ThreadDirectory directory;

    @Inject
    @ConfigProperty(name = "sammen.public-url")
    transient String publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        UUID threadId = threadId(request);
        Caller caller = threadId == null ? null : authenticate(request, threadId);
        chain.doFilter(caller == null ? request : new Authenticated(request, new LivePrincipal(caller)), response);
    }

    private Caller authenticate(HttpServletRequest request, UUID threadId) {
        String ticket = request.getParameter("ticket");
        if (ticket != null) {
            return tickets.redeem(ticket, threadId);
        }
        if (!sameOrigin(request.getHeader("Origin"))) {
            return null;
        }
        Caller caller;
        try {
            caller = callers.get();
        } catch (SammenException notSignedIn) {
            return null;
        }
        try {
            threads.thread(directory.childOf(threadId), threadId);
        } catch (SammenException refused) {
            // the endpoint closes with the code the refusal deserves
        }
        return caller;
    }

    private boolean sameOrigin(String origin) {
        if (origin == null) {
            return false;
        }
        try {
            URI own = URI.create(publicUrl);
            return origin.equals(own.getScheme() + "://" + own.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static UUID threadId(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = "/ws/threads/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(path.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The handshake request with the authenticated caller as its principal. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final Principal principal;

        Authenticated(HttpServletRequest request, Principal principal) {
            super(request);
            this.principal = principal;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }
    }
}
