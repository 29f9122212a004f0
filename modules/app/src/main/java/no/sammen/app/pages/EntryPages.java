package no.sammen.app.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The page where a person reads the entry a timeline event or a handover item is about. The façades link to the
 * API ({@code /api/children/{child}/tasks/{task}}); a person follows a link to a page: reports, the care plan and the
 * observations have pages of their own, a task its place on the tasks page, and everything else the child's timeline
 * narrowed to the event's category.
 */
final class EntryPages {

    private EntryPages() {
    }

    /**
     * The page for an entry, relative to the context root.
     *
     * @param child    the child's record id
     * @param category the category of the event ({@code daily-reports}, {@code tasks}, ...)
     * @param apiLink  the façade's link to the entry, or {@code null}
     */
    static String of(UUID child, String category, String apiLink) {
        String c = child.toString();
        return switch (category == null ? "" : category) {
            case "daily-reports" -> "/app/reports.xhtml?child=" + c;
            case "observations" -> "/app/observations.xhtml?child=" + c;
            case "care-plan" -> "/app/care-plan.xhtml?child=" + c;
            case "tasks" -> tasks(child, lastSegment(apiLink, "/tasks/"));
            default -> timeline(child, category);
        };
    }

    /** The tasks page, at one task if {@code task} is given. */
    static String tasks(UUID child, String task) {
        return "/app/tasks.xhtml?child=" + child + (task == null ? "" : "#task-" + task);
    }

    /** The child's conversations (their threads with the unread counts). */
    static String chat(UUID child) {
        return "/app/chat.xhtml?child=" + child;
    }

    /** The timeline, narrowed to one category unless {@code category} is {@code null}. */
    static String timeline(UUID child, String category) {
        return "/app/timeline.xhtml?child=" + child
                + (category == null || category.isEmpty() ? ""
                : "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8));
    }

    /** The id after {@code marker} in an API link, if it is one. */
    private static String lastSegment(String link, String marker) {
        if (link == null) {
            return null;
        }
        int at = link.lastIndexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = link.substring(at + marker.length());
        try {
            return UUID.fromString(rest).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
