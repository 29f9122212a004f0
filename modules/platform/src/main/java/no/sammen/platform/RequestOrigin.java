package no.sammen.platform;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request came from, for the audit trail: the client's address and its user agent. Bound to the thread
 * like the {@link RequestIds request id}, by whoever sees the request first (the authentication mechanism, then the
 * request filter), so that an audit entry written anywhere in the request names them.
 *
 * @param clientAddress the address the request came from (the reverse proxy's, unless the container is configured
 *                      to take the forwarded address)
 * @param userAgent     the {@code User-Agent} header, neutralised for logs, or {@code null}
 */
public record RequestOrigin(String clientAddress, String userAgent) {

    /** The request attribute that holds the origin. */
    public static final String ATTRIBUTE = "no.sammen.requestOrigin";

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    /** The request's origin, read now if not yet read. */
    public static RequestOrigin of(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof RequestOrigin existing) {
            return existing;
        }
        String agent = request instanceof HttpServletRequest http ? http.getHeader("User-Agent") : null;
        RequestOrigin origin = new RequestOrigin(request.getRemoteAddr(), agent == null ? null : LogSafe.value(agent));
        request.setAttribute(ATTRIBUTE, origin);
        return origin;
    }

    /** Binds the origin to the current thread while the request is served. */
    public static void bind(RequestOrigin origin) {
        CURRENT.set(origin);
    }

    public static void unbind() {
        CURRENT.remove();
    }

    /** The origin bound to the current thread, or {@code null} outside a request. */
    public static RequestOrigin current() {
        return CURRENT.get();
    }
}
