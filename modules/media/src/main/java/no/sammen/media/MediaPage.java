package no.sammen.media;

import java.util.List;

/**
 * A page of a child's media, newest taken first.
 *
 * @param items      the items
 * @param total      how many items the caller sees with this filter (all pages)
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
 */
public record MediaPage(List<MediaItem> items, long total, String nextCursor) {

    public MediaPage {
        items = List.copyOf(items);
    }
}
