package no.sammen.records;

import no.sammen.platform.ChildRef;

/**
 * The records module's façade for reading a child's timeline, the events every part of the record writes, and the
 * handover built from it: "what changed since my last visit". Both are narrowed in the query to what the caller's
 * relation lets them see (the family sees only entries shared with the family).
 */
public interface Timeline {

    /**
     * A page of the child's events, newest first.
     *
     * @param categories comma-separated category API names, or {@code null} for all
     * @param limit      page size, 1 to 200 (50 if {@code null})
     * @param cursor     the {@code nextCursor} of the previous page, or {@code null} for the newest page
     */
    TimelinePage events(ChildRef child, String categories, String limit, String cursor);

    /** Everything that changed for the caller since their last visit (or the last 14 days); does not mark a visit. */
    Handover handover(ChildRef child);

    /** Records that the caller has now seen the child's record: the next handover starts here. */
    LastVisit visited(ChildRef child);
}
