package no.sammen.media;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The media module's façade for a child's photos and videos. Lists are narrowed in the query to what the caller's
 * relation lets them see: the family sees only items shared with the family, and to them other items do not exist.
 */
public interface MediaLibrary {

    /** The tags offered first; any other tag of 1-40 letters, digits or dashes is allowed too. */
    List<String> VOCABULARY = List.of("seizure", "positioning", "breathing", "equipment", "training", "skin",
            "nutrition", "mobility", "communication", "play");

    /**
     * A page of the child's items, newest taken first.
     *
     * @param tag    only items with this tag, or {@code null}
     * @param limit  1 to 100 (24 if {@code null})
     * @param cursor the previous page's {@code nextCursor}, or {@code null}
     */
    MediaPage list(ChildRef child, String tag, String limit, String cursor);

    /**
     * The tags offered for this child's media: the {@link #VOCABULARY}. Under the child like everything else, so that
     * someone unrelated to the child learns nothing from it and every asking is in the child's audit trail.
     */
    List<String> vocabulary(ChildRef child);

    MediaItem item(ChildRef child, UUID mediaId);

    /**
     * The items with these ids that the caller sees, in the order asked; ids of other children's items, unknown ids
     * and items whose audience leaves the caller out are left out. One access decision and one audit entry for all
     * (the "Know me" page shows its media through this).
     */
    List<MediaItem> items(ChildRef child, List<UUID> mediaIds);

    MediaItem change(ChildRef child, UUID mediaId, MediaChange change);

    /**
     * The item's content, or the part a {@code Range} header value asks for ({@code bytes=a-b}, {@code bytes=a-},
     * {@code bytes=-n}); {@code null} for all. An unsatisfiable range is invalid input naming {@code Range}.
     */
    MediaContent content(ChildRef child, UUID mediaId, String range);

    /** The item's thumbnail (a JPEG); not found if it has none. */
    MediaContent thumbnail(ChildRef child, UUID mediaId);
}
