package no.sammen.platform;

import jakarta.servlet.ServletRequest;

/**
 * The id of the request being served, shared by the log lines, the problem bodies and (later) the audit entry of
 * one request. Whoever sees the request first (the authentication mechanism or the request filter) assigns it.
 * Ids are time-ordered ({@link Ids}) so that the audit trail's index on them grows at its end, as its other indexes
 * do: a random id would touch a different page of that index with every entry (and, after each database checkpoint,
 * write that whole page to the write-ahead log once more).
 */
public final class RequestIds {

    /** The request attribute that holds the id. */
    public static final String ATTRIBUTE = "no.sammen.requestId";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /** The request's id, assigned now if it has none yet. */
    public static String of(ServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String id) {
            return id;
        }
        String id = Ids.newId().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** Binds the id to the current thread while the request is served (for log lines). */
    public static void bind(String id) {
        CURRENT.set(id);
    }

    public static void unbind() {
        CURRENT.remove();
    }

    /** The id bound to the current thread, or {@code null} outside a request. */
    public static String current() {
        return CURRENT.get();
    }
}
