package no.sammen.media;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A photo or video of a child.
 *
 * @param id           the item's id
 * @param kind         {@code photo} or {@code video}
 * @param contentType  the type sniffed from the content ({@code image/jpeg}, {@code video/mp4}, ...)
 * @param size         bytes of the stored content (after metadata was removed)
 * @param fileName     the original file name, sanitised, for downloads only
 * @param description  what it shows
 * @param tags         its tags
 * @param takenBy      who took it
 * @param takenAt      when it was taken
 * @param uploadedAt   when it was added
 * @param audience     {@code team} or {@code team-and-family}
 * @param width        pixels across for photos; {@code null} for videos
 * @param height       pixels down for photos; {@code null} for videos
 * @param hasThumbnail whether a thumbnail (or a video's poster frame) exists
 * @param link         the API address of the item
 */
public record MediaItem(UUID id, String kind, String contentType, long size, String fileName, String description,
                        List<String> tags, UUID takenBy, OffsetDateTime takenAt, OffsetDateTime uploadedAt,
                        String audience, Integer width, Integer height, boolean hasThumbnail, String link)
        implements ChildEntry {

    public MediaItem {
        tags = List.copyOf(tags);
    }
}
