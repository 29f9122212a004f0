package no.sammen.media.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
                    thumbnail = Thumbnails.ofHeif(bytes);
                } else {
                    Photos.Cleaned cleaned = Photos.clean(bytes, format, limits.maxPixels());
                    write(store, itemKey, out -> out.write(cleaned.bytes()));
                    width = cleaned.width();
                    height = cleaned.height();
                    thumbnail = Thumbnails.ofPhoto(cleaned.bytes(), cleaned.width(), cleaned.height(),
                            cleaned.orientation());
                }
            } else if (format == Format.MP4 || format == Format.MOV) {
                List<SealedStore.Segment> segments = layOut(store, rows.parts(upload.id()), upload.declaredLength(),
                        "boxes/" + itemId + "/");
                byte[] poster = Thumbnails.posterFrame(() -> store.composite(segments).all());
                if (poster != null) {
                    write(store, thumbKey, out -> out.write(poster));
                }
                rows.createItem(upload, itemId, format, upload.declaredLength(), null, null, poster != null,
                        segments);
                return library.released(child, itemId);
            } else {
                write(store, itemKey, out -> Videos.copy(plain, upload.declaredLength(), format, out));
                thumbnail = Thumbnails.posterFrame(() -> store.open(itemKey).all());
            }
            if (thumbnail != null) {
                byte[] t = thumbnail;
                write(store, thumbKey, out -> out.write(t));
            }
            long size = store.open(itemKey).length();
            rows.createItem(upload, itemId, format, size, width, height, thumbnail != null, List.of());
            removeParts(upload.id());
            return library.released(child, itemId);
        } catch (Refused r) {
            drop(upload.id(), itemId);
            if (r.limit() != null) {
                throw new TooLargeException(r.limit(), r.getMessage());
            }
            throw new InvalidInputException("file", r.getMessage());
        } catch (IOException e) {
            drop(upload.id(), itemId);
            throw new UncheckedIOException("the upload could not be read back from storage", e);
        } catch (RuntimeException e) {
            drop(upload.id(), itemId);
            throw e;
        }
    }

    /** Deletes an upload's rows and parts. */
    void discard(UUID uploadId) {
        rows.delete(uploadId);
        removeParts(uploadId);
    }

    private void drop(UUID uploadId, UUID itemId) {
        try {
            settings.store().objects().delete("items/" + itemId);
            settings.store().objects().delete("thumbs/" + itemId);
            settings.store().objects().deleteAll("boxes/" + itemId + "/");
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

    /**
     * An MP4 or MOV as segments (ADR 0024): the top-level boxes are checked from their headers alone, read where
     * they lie in the upload's parts; the media data stays in the parts, sealed once as it arrived; only the movie
     * box (kilobytes to a few megabytes) is read, stripped of its user data and sealed as an object of its own.
     */
    static List<SealedStore.Segment> layOut(SealedStore store, List<UploadRows.Part> parts, long length,
                                                    String boxes) throws IOException, Refused {
        List<SealedStore.Segment> pieces = parts.stream()
                .map(p -> new SealedStore.Segment(p.key(), 0, p.length())).toList();
        SealedStore.Content upload = store.composite(pieces);
        List<SealedStore.Segment> segments = new ArrayList<>();
        long position = 0;
        boolean first = true;
        while (position < length) {
            if (length - position < 8) {
                throw new Refused("the file has " + (length - position) + " stray bytes at its end");
            }
            byte[] header = read(upload, position, 8);
            byte[] large = null;
            if (Videos.sizeOf(header) == 1) {
                if (length - position < 16) {
                    throw new Refused("the file is truncated");
                }
                large = read(upload, position + 8, 8);
            }
            Videos.TopBox box = Videos.topBox(header, large, position, length, first);
            first = false;
            if ("moov".equals(box.type())) {
                if (box.size() - box.headerLength() > Videos.MAX_MOVIE_BOX) {
                    throw new Refused("the video's movie box is larger than 64 MB");
                }
                byte[] movie = read(upload, position, (int) box.size());
                Videos.strip(movie, box.headerLength(), movie.length);
                String key = boxes + Ids.newId();
                write(store, key, out -> out.write(movie));
                segments.add(new SealedStore.Segment(key, 0, movie.length));
            } else {
                slice(pieces, position, box.size(), segments);
            }
            position += box.size();
        }
        return segments;
    }

    /** The pieces holding bytes {@code from .. from + length - 1}, appended to {@code to} (joined where they meet). */
    private static void slice(List<SealedStore.Segment> pieces, long from, long length,
                              List<SealedStore.Segment> to) {
        long start = 0;
        long end = from + length;
        for (SealedStore.Segment piece : pieces) {
            long a = Math.max(from, start);
            long b = Math.min(end, start + piece.length());
            if (a < b) {
                SealedStore.Segment next = new SealedStore.Segment(piece.key(), piece.from() + a - start, b - a);
                SealedStore.Segment last = to.isEmpty() ? null : to.get(to.size() - 1);
                if (last != null && last.key().equals(next.key()) && last.from() + last.length() == next.from()) {
                    to.set(to.size() - 1, new SealedStore.Segment(last.key(), last.from(),
                            last.length() + next.length()));
                } else {
                    to.add(next);
                }
            }
            start += piece.length();
        }
    }

    private static byte[] read(SealedStore.Content content, long from, int n) throws IOException, Refused {
        try (InputStream in = content.range(from, from + n - 1)) {
            return Videos.readFully(in, n);
        }
    }

    @FunctionalInterface
    private interface Writing {
        void writeTo(OutputStream out) throws IOException, Refused;
    }

    private static void write(SealedStore store, String key, Writing content) throws IOException, Refused {
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
