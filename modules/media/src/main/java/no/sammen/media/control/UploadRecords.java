package no.sammen.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;

import no.sammen.media.ChecksumMismatchException;
import no.sammen.media.MediaUploads;
import no.sammen.media.NewUpload;
import no.sammen.media.UploadStatus;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.TooLargeException;
import no.sammen.records.Audience;

/**
 * Resumable uploads (ADR 0018). The state is a row per upload (how many bytes arrived) and a row per part; each PATCH
 * streams its bytes to a new encrypted part on storage outside any transaction (read by the request while a second
 * thread seals and writes, ADR 0029; the part is durable before the offset moves), then moves the offset in a short
 * one, on the condition that it is still where the PATCH started (two instances, or a retry racing a dropped request,
 * cannot both append). Bytes that arrived before a connection dropped are kept and counted, unless a checksum was
 * announced (they cannot be verified then). Every method needs a {@code WRITE} of {@link Category#MEDIA}.
 */
@ApplicationScoped
public class UploadRecords implements MediaUploads {

    private static final Logger LOG = Logger.getLogger(UploadRecords.class.getName());
    private static final int DISCARD_BUFFER = 64 * 1024;

    @Inject
    Provider<Caller> callers;

    @Inject
    UploadRows rows;

    @Inject
    MediaSettings settings;

    @Inject
    Ingest ingest;

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.WRITE)
    @Transactional
    public UploadStatus start(ChildRef child, NewUpload upload) {
        MediaSettings.Limits limits = settings.limits();
        if (upload.length() < 0) {
            throw new InvalidInputException("Upload-Length", "must be a whole number of bytes");
        }
        if (upload.length() == 0) {
            throw new InvalidInputException("Upload-Length", "an empty file is not a photo or a video");
        }
        if (upload.length() > limits.maxBytes()) {
            throw new TooLargeException("sammen.media.max-bytes", "the file has " + upload.length()
                    + " bytes, more than the " + limits.maxBytes() + " allowed (sammen.media.max-bytes)");
        }
        String fileName = FileNames.check(upload.fileName());
        String description = upload.description() == null ? "" : upload.description().strip();
        if (description.length() > 2000) {
            throw new InvalidInputException("description", "must be at most 2000 characters");
        }
        String audience = Audience.fromApiName(upload.audience(), "audience").apiName();
        var row = new UploadRows.Upload(Ids.newId(), child.id(), callers.get().personId(), upload.length(), 0,
                fileName, description, audience, Tags.check(upload.tags()),
                Sql.parseTime(upload.takenAt(), "takenAt", UploadRows.now()));
        rows.insert(row, limits.childQuotaBytes());
        return new UploadStatus(row.id(), 0, row.declaredLength(), null);
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.WRITE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public UploadStatus status(ChildRef child, UUID uploadId) {
        UploadRows.Upload u = rows.find(child.id(), uploadId, callers.get().personId());
        return new UploadStatus(u.id(), u.received(), u.declaredLength(), null);
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.WRITE)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public UploadStatus append(ChildRef child, UUID uploadId, long offset, InputStream body, String checksum) {
        UploadRows.Upload u = rows.find(child.id(), uploadId, callers.get().personId());
        if (offset != u.received()) {
            discard(body, u.declaredLength());
            throw new ConflictException("Upload-Offset is " + offset + " but " + u.received()
                    + " bytes have arrived: ask for the offset (HEAD) and continue from there");
        }
        Checksum expected = Checksum.parse(checksum);
        long room = u.declaredLength() - offset;
        String key = "uploads/" + uploadId + "/" + Ids.newId();
        long written = 0;
        boolean dropped = false;
        HandOff part;
        try {
            part = new HandOff(settings.store().create(key), settings.background());
        } catch (IOException e) {
            throw new UncheckedIOException("storage refused a new part", e);
        }
        try {
            while (true) {
                int read;
                try {
                    read = body.read(part.buffer(), part.position(), (int) Math.min(part.room(), room - written + 1));
                } catch (IOException e) {
                    dropped = true;
                    break;
                }
                if (read < 0) {
                    break;
                }
                if (written + read > room) {
                    throw new InvalidInputException("Upload-Length", "more bytes arrived than the upload's "
                            + u.declaredLength());
                }
                if (expected != null) {
                    expected.digest.update(part.buffer(), part.position(), read);
                }
                part.advance(read);
                written += read;
            }
            if (written == 0 || (expected != null && dropped)) {
                part.abort();
                return new UploadStatus(u.id(), offset, u.declaredLength(), null);
            }
            if (expected != null && !expected.matches()) {
                throw new ChecksumMismatchException();
            }
            part.close();
        } catch (IOException e) {
            part.abort();
            throw new UncheckedIOException("storage failed while writing a part", e);
        } catch (RuntimeException e) {
            part.abort();
            throw e;
        }
        long received = offset + written;
        if (dropped) {
            LOG.info(() -> "upload " + uploadId + ": connection dropped after " + received
                    + " bytes; kept for resuming");
        }
        if (!rows.advance(uploadId, offset, written, key)) {
            deleteQuietly(key);
            throw new ConflictException("another request moved the upload's offset; ask for it (HEAD) again");
        }
        if (received == u.declaredLength()) {
            return new UploadStatus(u.id(), received, u.declaredLength(), ingest.complete(child, u));
        }
        return new UploadStatus(u.id(), received, u.declaredLength(), null);
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.WRITE)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void cancel(ChildRef child, UUID uploadId) {
        UploadRows.Upload u = rows.find(child.id(), uploadId, callers.get().personId());
        ingest.discard(u.id());
    }

    /**
     * Reads and drops a refused request's body (at most {@code limit} bytes): a client still sending it would
     * otherwise wait on a full socket for an answer the server has already given (seen when a retry raced the
     * request whose connection had dropped).
     */
    private static void discard(InputStream body, long limit) {
        byte[] buffer = new byte[DISCARD_BUFFER];
        long left = limit;
        try {
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // The client went away: nothing left to drain.
        }
    }

    private void deleteQuietly(String key) {
        try {
            settings.store().objects().delete(key);
        } catch (IOException e) {
            LOG.warning(() -> "a part that lost a race stays on storage: " + key);
        }
    }

    /** A tus {@code Upload-Checksum} ({@code sha1 <base64>}, the extension's required algorithm). */
    private static final class Checksum {
        final MessageDigest digest;
        final byte[] value;

        Checksum(MessageDigest digest, byte[] value) {
            this.digest = digest;
            this.value = value;
        }

        static Checksum parse(String header) {
            if (header == null || header.isBlank()) {
                return null;
            }
            String[] parts = header.strip().split(" ", 2);
            if (parts.length != 2 || !"sha1".equals(parts[0])) {
                throw new InvalidInputException("Upload-Checksum", "must be 'sha1 <base64 digest>'");
            }
            try {
                return new Checksum(MessageDigest.getInstance("SHA-1"), Base64.getDecoder().decode(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Upload-Checksum", "the digest is not base64");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean matches() {
            return MessageDigest.isEqual(digest.digest(), value);
        }
    }
}
