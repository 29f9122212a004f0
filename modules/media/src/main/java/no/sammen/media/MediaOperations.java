package no.sammen.media;

/**
 * Operating the media store (ADR 0024, docs/media-storage.md): administrators' commands, each recorded in the audit
 * trail. They touch no one child and release nothing of any: they answer with counts.
 */
public interface MediaOperations {

    /**
     * Removes uploads that nothing arrived for during {@code sammen.media.upload-expiry}: their parts on storage, then
     * their rows. The schedule does this every {@code sammen.media.sweep-interval}; one instance at a time.
     */
    Sweep sweepAbandonedUploads();

    /**
     * Re-wraps the data key of every stored object (items, thumbnails, upload parts) that is not wrapped by the
     * current master key ({@code sammen.media.master-key-id}) under it, without re-encrypting the content. Run it
     * after a new key became current; afterwards the old key can be removed from {@code sammen.media.master-keys}.
     * Safe to run again: objects already under the current key are left as they are.
     */
    Rewrap rewrapUnderCurrentKey();

    /**
     * @param ran     false if another instance was sweeping (nothing was done here)
     * @param removed uploads removed
     */
    record Sweep(boolean ran, int removed) {
    }

    /**
     * @param keyId     the master key every object is now wrapped by
     * @param examined  objects looked at
     * @param rewrapped objects whose data key was re-wrapped
     */
    record Rewrap(String keyId, long examined, long rewrapped) {
    }
}
