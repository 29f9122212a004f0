package no.sammen.records.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The groups of the handover and which timeline events belong to each, by the kinds the modules agreed to write.
 * The same definition classifies events in Java and in the handover's SQL, so the two cannot drift apart.
 */
enum HandoverGroup {
    /** New and corrected daily reports. */
    REPORTS("daily-reports", Set.of("report-added", "report-corrected"), false),
    /** Observations out of their reference range (the writer flags them). */
    OBSERVATIONS("observations", Set.of("observation-added"), true),
    /** Changes and sign-offs of the advance care plan. */
    CARE_PLAN("care-plan", Set.of("care-plan-changed", "care-plan-signed"), false),
    /** Every transition of a task. */
    TASK_CHANGES("tasks", Set.of(), false),
    /** Members joining or leaving the care team. */
    TEAM("care-team", Set.of(), false),
    /** Photos and videos added (the media module writes them, ADR 0019). */
    MEDIA("media", Set.of("media-added"), false);

    /** At most this many items per group: the handover must fit one phone screen. */
    static final int ITEMS = 5;

    private final String category;
    /** The kinds that count; empty means every kind of the category. */
    private final Set<String> kinds;
    private final boolean flaggedOnly;

    HandoverGroup(String category, Set<String> kinds, boolean flaggedOnly) {
        this.category = category;
        this.kinds = kinds;
        this.flaggedOnly = flaggedOnly;
    }

    boolean includes(String eventCategory, String kind, boolean flagged) {
        return category.equals(eventCategory) && (kinds.isEmpty() || kinds.contains(kind)) && (flagged || !flaggedOnly);
    }

    /** The group an event belongs to, if any. */
    static Optional<HandoverGroup> of(String category, String kind, boolean flagged) {
        return Arrays.stream(values()).filter(g -> g.includes(category, kind, flagged)).findFirst();
    }

    /**
     * A SQL {@code case} expression over a {@code timeline_event} row (table alias {@code alias}) that yields the
     * group's name, or {@code null} for events the handover does not show. Built from constants only.
     */
    static String sqlCase(String alias) {
        StringBuilder sql = new StringBuilder("case");
        for (HandoverGroup g : values()) {
            sql.append(" when ").append(alias).append(".category = '").append(g.category).append('\'');
            if (!g.kinds.isEmpty()) {
                sql.append(" and ").append(alias).append(".kind in (")
                        .append(g.kinds.stream().sorted().map(k -> "'" + k + "'").collect(Collectors.joining(", ")))
                        .append(')');
            }
            if (g.flaggedOnly) {
                sql.append(" and ").append(alias).append(".flagged");
            }
            sql.append(" then '").append(g.name()).append('\'');
        }
        return sql.append(" end").toString();
    }

    /** The categories any group reads (for documentation and tests). */
    static List<String> categories() {
        return Arrays.stream(values()).map(g -> g.category).distinct().toList();
    }
}
