package no.sammen.records.control;

import java.util.UUID;

/**
 * Where the API shows the entry an event is about, so the timeline and the handover can link every line to its
 * details. Categories whose entries have no page of their own yet link to the child's profile.
 */
final class EntryLinks {

    private EntryLinks() {
    }

    static String of(UUID childId, String category, UUID entryId) {
        String child = "/api/children/" + childId;
        return switch (category) {
            case "daily-reports" -> child + "/reports/" + entryId;
            case "observations" -> child + "/observations";
            case "care-plan" -> child + "/care-plan/versions";
            case "tasks" -> child + "/tasks/" + entryId;
            case "care-team" -> child + "/care-team";
            case "media" -> child + "/media/" + entryId;
            default -> child;
        };
    }
}
