package no.sammen.records.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.sammen.records.Handover;

/**
 * Puts the handover together from the rows of its query: per group, how many events the window holds and the newest
 * few of them. Groups without events show a count of 0 and no items. New media and unread messages show as counts.
 */
final class HandoverSheet {

    private final Map<HandoverGroup, Long> counts = new EnumMap<>(HandoverGroup.class);
    private final Map<HandoverGroup, List<Handover.Item>> items = new EnumMap<>(HandoverGroup.class);

    /**
     * One event of {@code group}, which holds {@code total} events in the window. Items of a group come newest
     * first; beyond {@link HandoverGroup#ITEMS} they only count.
     */
    HandoverSheet add(HandoverGroup group, long total, Handover.Item item) {
        counts.merge(group, total, Math::max);
        List<Handover.Item> list = items.computeIfAbsent(group, g -> new ArrayList<>());
        if (list.size() < HandoverGroup.ITEMS) {
            list.add(item);
        }
        return this;
    }

    Handover.Group group(HandoverGroup group) {
        return new Handover.Group(counts.getOrDefault(group, 0L), items.getOrDefault(group, List.of()));
    }

    /** The handover, with the caller's open tasks and the chat's unread count for them. */
    Handover build(OffsetDateTime since, OffsetDateTime lastVisit, Handover.OpenTasks openTasks, long unreadMessages) {
        return new Handover(since, lastVisit, group(HandoverGroup.REPORTS), group(HandoverGroup.OBSERVATIONS),
                group(HandoverGroup.CARE_PLAN), openTasks, group(HandoverGroup.TASK_CHANGES), group(HandoverGroup.TEAM),
                atMostInt(counts.getOrDefault(HandoverGroup.MEDIA, 0L)), atMostInt(unreadMessages));
    }

    private static int atMostInt(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }
}
