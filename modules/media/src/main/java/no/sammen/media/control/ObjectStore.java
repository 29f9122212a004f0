package no.sammen.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the encrypted bytes live: a filesystem directory or an S3-compatible bucket (ADR 0017). Keys are made by
 * the module ({@code items/<uuid>}, {@code uploads/<uuid>/<uuid>}), never from anything a person typed. A written
 * object appears whole when its stream closes, or not at all.
 */
public interface ObjectStore {

    /** A stream that stores the object under {@code key} when closed; {@link Writer#abort()} drops it. */
    Writer create(String key) throws IOException;

    /** Bytes {@code from} to {@code to} (inclusive) of the object. */
    InputStream read(String key, long from, long to) throws IOException;

    /** The stored size of the object; fails if there is none. */
    long size(String key) throws IOException;

    /** Deletes the object if it exists. */
    void delete(String key) throws IOException;

    /** Deletes every object whose key starts with {@code prefix}. */
    void deleteAll(String prefix) throws IOException;

    /** Whether anything is stored under keys starting with {@code prefix} (for tests and checks). */
    boolean any(String prefix) throws IOException;

    /** A stream being written to the store. */
    abstract class Writer extends OutputStream {
        /** Drops what was written; the object does not appear. */
        public abstract void abort();
    }
}
