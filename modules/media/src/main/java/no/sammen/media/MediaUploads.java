package no.sammen.media;

import java.io.InputStream;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The media module's façade for resumable uploads (the tus 1.0 protocol's state, ADR 0018). An upload belongs to the
 * person who started it: to anyone else it does not exist. When its last byte arrives the content is checked and
 * becomes an item on the child's timeline, or is refused and nothing of it is kept.
 */
public interface MediaUploads {

    /** Starts an upload of {@code upload.length()} bytes; refuses sizes over the limits and the child's quota. */
    UploadStatus start(ChildRef child, NewUpload upload);

    /** How many bytes of the upload have arrived (where a dropped connection resumes). */
    UploadStatus status(ChildRef child, UUID uploadId);

    /**
     * Appends the bytes of {@code body} at {@code offset}, which must be the number received so far (otherwise a
     * conflict). Bytes that arrived before a connection dropped are kept. The last byte completes the upload: the
     * answer then carries the item, or the upload is refused as a whole.
     *
     * @param checksum a tus {@code Upload-Checksum} value ({@code sha1 <base64>}), or {@code null}
     */
    UploadStatus append(ChildRef child, UUID uploadId, long offset, InputStream body, String checksum);

    /** Abandons an upload: its bytes and its state are deleted. */
    void cancel(ChildRef child, UUID uploadId);
}
