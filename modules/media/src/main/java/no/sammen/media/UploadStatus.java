package no.sammen.media;

import java.util.UUID;

/**
 * Where an upload stands.
 *
 * @param id     the upload's id
 * @param offset bytes received so far
 * @param length bytes announced
 * @param item   the item it became, once complete; otherwise {@code null}
 */
public record UploadStatus(UUID id, long offset, long length, MediaItem item) {
}
