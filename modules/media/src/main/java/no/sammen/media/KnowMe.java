package no.sammen.media;

import java.util.List;

import no.sammen.platform.ChildRef;

/**
 * The child's "Know me" page (ADR 0023): how the child communicates — what a sound or an expression means, how to
 * lift and position — as titled sections of text with the child's photos and videos. Read by everyone whose access
 * to {@link no.sammen.platform.Category#KNOW_ME} the rule permits (the whole team by default, assistants and teachers
 * included) and kept by those it lets write it (the family and the professions whose scope says so). Every version
 * is kept with who wrote it and what changed; a change based on an older version is a conflict, never a lost update.
 *
 * <p>The photos and videos on the page are the media module's items and go through the media access rule: a reader
 * who may not see the child's media sees the text and how many items are withheld; an item whose audience leaves the
 * reader out is not there for them at all.
 */
public interface KnowMe {

    /** The newest version; version 0 with no sections if nobody has written the page yet. */
    KnowMePage page(ChildRef child);

    /**
     * Writes a new version of the whole page; returns it with what it changed (a page sent unchanged writes nothing
     * and returns the newest version).
     *
     * @throws no.sammen.platform.ConflictException if {@code basedOnVersion} is not the newest version
     */
    KnowMeVersion change(ChildRef child, KnowMeChange change);

    /** Every version, newest first: who wrote it, when, and which sections it added, changed or removed. */
    List<KnowMeVersion> versions(ChildRef child);

    /** One earlier version as it was written (its media as the caller may see them today). */
    KnowMePage version(ChildRef child, int version);
}
