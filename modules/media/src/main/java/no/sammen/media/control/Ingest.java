package no.sammen.media.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.sammen.media.MediaItem;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.TooLargeException;

/**
 * Turns a complete upload into an item (ADR 0018): reads the parts in order, recognises the format by its first
 * bytes, checks the structure and strips metadata while writing the item's encrypted object, makes a thumbnail, and
 * commits the item with its timeline event. A refusal deletes everything the upload left: its parts, its rows and
 * anything already written for the item.
 */
@ApplicationScoped
public class Ingest {

    private static final Logger LOG = Logger.getLogger(Ingest.class.getName());
    private static final int HEAD = 4096;

    @Inject
    MediaSettings settings;

    @Inject
    UploadRows rows;

    @Inject
    LibraryRecords library;

    MediaItem complete(ChildRef child, UploadRows.Upload upload) {
        SealedStore store = settings.store();
        MediaSettings.Limits limits = settings.limits();
        UUID itemId = Ids.newId();
        String itemKey = "items/" + itemId;
        String thumbKey = "thumbs/" + itemId;
        try (InputStream plain = new BufferedInputStream(parts(upload.id()), 64 * 1024)) {
            plain.mark(HEAD);
            byte[] head = plain.readNBytes(HEAD);
            plain.reset();
            Format format = Format.sniff(head);
            Integer width = null;
            Integer height = null;
            byte[] thumbnail = null;
            if (format.photo()) {
                if (upload.declaredLength() > limits.maxPhotoBytes()) {
                    throw new Refused("the photo has " + upload.declaredLength() + " bytes, more than the "
                            + limits.maxPhotoBytes() + " allowed (sammen.media.max-photo-bytes)",
                            "sammen.media.max-photo-bytes");
                }
                byte[] bytes = plain.readAllBytes();
                if (format == Format.HEIC) {
                    String marker = Markup.find(bytes);
                    if (marker != null) {
                        throw new Refused("the photo carries markup ('" + marker + "'): a file that is also a page "
                                + "or script is not accepted");
                    }
                    Heif.strip(bytes);
                    write(store, itemKey, out -> Videos.copy(new ByteArrayInputStream(bytes), bytes.length, format,
                            out));
                } else {
                    Photos.Cleaned cleaned = Photos.clean(bytes, format, limits.maxPixels());
                    write(store, itemKey, out -> out.write(cleaned.bytes()));
                    width = cleaned.width();
                    height = cleaned.height();
                    thumbnail = Thumbnails.ofPhoto(cleaned.bytes(), cleaned.width(), cleaned.height(),
                            cleaned.orientation());
                }
            } else {
                write(store, itemKey, out -> Videos.copy(plain, upload.declaredLength(), format, out));
                thumbnail = Thumbnails.posterFrame(() -> store.open(itemKey).all());
            }
            if (thumbnail != null) {
                byte[] t = thumbnail;
                write(store, thumbKey, out -> out.write(t));
            }
            long size = store.open(itemKey).length();
            rows.createItem(upload, itemId, format, size, width, height, thumbnail != null);
            removeParts(upload.id());
            return library.released(child, itemId);
        } catch (Refused r) {
            drop(upload.id(), itemKey, thumbKey);
            if (r.limit() != null) {
                throw new TooLargeException(r.limit(), r.getMessage());
            }
            throw new InvalidInputException("file", r.getMessage());
        } catch (IOException e) {
            drop(upload.id(), itemKey, thumbKey);
            throw new UncheckedIOException("the upload could not be read back from storage", e);
        } catch (RuntimeException e) {
            drop(upload.id(), itemKey, thumbKey);
            throw e;
        }
    }

    /** Deletes an upload's rows and parts. */
    void discard(UUID uploadId) {
        rows.delete(uploadId);
        removeParts(uploadId);
    }

    private void drop(UUID uploadId, String itemKey, String thumbKey) {
        try {
            settings.store().objects().delete(itemKey);
            settings.store().objects().delete(thumbKey);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a refused item's object could not be deleted", e);
        }
        discard(uploadId);
    }

    private void removeParts(UUID uploadId) {
        try {
            settings.store().objects().deleteAll("uploads/" + uploadId + "/");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "an upload's parts could not be deleted", e);
        }
    }

    /** The upload's parts, opened one after the other as the stream reaches them. */
    private InputStream parts(UUID uploadId) {
        List<UploadRows.Part> parts = rows.parts(uploadId);
        Iterator<UploadRows.Part> next = parts.iterator();
        SealedStore store = settings.store();
        return new SequenceInputStream(new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                UploadRows.Part part = next.next();
                try {
                    return store.open(part.key()).all();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException, Refused;
    }

    private static void write(SealedStore store, String key, Content content) throws IOException, Refused {
        SealedStore.Sink sink = store.create(key);
        try {
            content.writeTo(sink);
        } catch (IOException | Refused | RuntimeException e) {
            sink.abort();
            throw e;
        }
        sink.close();
    }
}
