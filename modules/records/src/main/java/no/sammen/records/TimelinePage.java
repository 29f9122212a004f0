package no.sammen.records;

import java.util.List;

/**
 * A page of a child's timeline, newest first.
 *
 * @param events     the events of this page
 * @param nextCursor pass it as {@code cursor} for the next (older) page; {@code null} on the last page
 */
public record TimelinePage(List<TimelineEvent> events, String nextCursor) {
}
