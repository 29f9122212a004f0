package no.sammen.media;

import java.util.List;

/**
 * An upload about to start: its length and what the person said about the item (the tus {@code Upload-Metadata}).
 *
 * @param length      the number of bytes that will come
 * @param fileName    the original file name: kept as metadata only (never a path), or {@code null}
 * @param description what the photo or video shows, or {@code null}
 * @param audience    {@code team} (default) or {@code team-and-family}
 * @param tags        tags from the vocabulary or free ones; may be empty
 * @param takenAt     when it was taken (ISO-8601 instant or offset date-time), or {@code null} for now
 */
public record NewUpload(long length, String fileName, String description, String audience, List<String> tags,
                        String takenAt) {

    public NewUpload {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
