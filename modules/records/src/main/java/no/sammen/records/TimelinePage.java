package no.sammen.records;

import java.util.List;
import java.util.Objects;

/**
 * A page of a child's timeline, newest first.
 *
 * @param events     the events of this page
 * @param nextCursor pass it as {@code cursor} for the next (older) page; {@code null} on the last page
 */
public record TimelinePage(List<TimelineEvent> events, String nextCursor) {

    /** Shallow, like {@link TimelineEvent#hashCode()}: see {@link Handover#hashCode()}. Equal pages still hash equal. */
    @Override
    public int hashCode() {
        return Objects.hashCode(nextCursor) * 31 + events.size();
    }
}
