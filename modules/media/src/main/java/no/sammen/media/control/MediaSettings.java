package no.sammen.media.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media module's configuration (see config/README.md and docs/media-storage.md): the backend, the master keys,
 * and the limits. Fails at start-up when keys are missing or malformed, never at the first upload.
 */
@ApplicationScoped
public class MediaSettings {

    @Inject
    @ConfigProperty(name = "sammen.media.storage", defaultValue = "filesystem")
    String storage;

    @Inject
    @ConfigProperty(name = "sammen.media.directory", defaultValue = "media-store")
    String directory;

    @Inject
    @ConfigProperty(name = "sammen.media.s3.endpoint")
    Optional<String> s3Endpoint;

    @Inject
    @ConfigProperty(name = "sammen.media.s3.region", defaultValue = "eu-north-1")
    String s3Region;

    @Inject
    @ConfigProperty(name = "sammen.media.s3.bucket", defaultValue = "sammen-media")
    String s3Bucket;

    @Inject
    @ConfigProperty(name = "sammen.media.s3.access-key")
    Optional<String> s3AccessKey;

    @Inject
    @ConfigProperty(name = "sammen.media.s3.secret-key")
    Optional<String> s3SecretKey;

    @Inject
    @ConfigProperty(name = "sammen.media.master-keys")
    String masterKeys;

    @Inject
    @ConfigProperty(name = "sammen.media.master-key-id")
    String masterKeyId;

    /** The largest upload of any kind (a video). */
    @Inject
    @ConfigProperty(name = "sammen.media.max-bytes", defaultValue = "2147483648")
    long maxBytes;

    /** The largest photo (photos are checked and cleaned in memory). */
    @Inject
    @ConfigProperty(name = "sammen.media.max-photo-bytes", defaultValue = "41943040")
    long maxPhotoBytes;

    /** The most pixels a photo may declare (width × height), checked before anything is decoded. */
    @Inject
    @ConfigProperty(name = "sammen.media.max-pixels", defaultValue = "50000000")
    long maxPixels;

    /** All stored media and open uploads of one child together. */
    @Inject
    @ConfigProperty(name = "sammen.media.child-quota-bytes", defaultValue = "21474836480")
    long childQuotaBytes;

    /** Threads of the container for the work that overlaps a request: sealing and writing parts, syncing files. */
    @Resource
    ManagedThreadFactory threads;

    private SealedStore store;
    private ExecutorService background;

    @PostConstruct
    void open() {
        // A thread per upload in progress (and per file being synced), made when needed and kept a minute when idle:
        // the uploads in progress are bounded by the HTTP threads, and a queue would make one upload wait for another.
        background = Executors.newCachedThreadPool(threads);
        MasterKeys keys = MasterKeys.parse(masterKeys, masterKeyId);
        ObjectStore objects;
        if ("s3".equals(storage)) {
            objects = new S3Store(s3Endpoint.orElse(null), s3Region, s3Bucket,
                    s3AccessKey.orElseThrow(() -> new IllegalStateException("sammen.media.s3.access-key is required")),
                    s3SecretKey.orElseThrow(() -> new IllegalStateException("sammen.media.s3.secret-key is required")));
        } else if ("filesystem".equals(storage)) {
            try {
                objects = new FileStore(Path.of(directory), background);
            } catch (IOException e) {
                throw new UncheckedIOException("sammen.media.directory cannot be created", e);
            }
        } else {
            throw new IllegalStateException("sammen.media.storage must be 'filesystem' or 's3'");
        }
        store = new SealedStore(objects, keys);
    }

    public SealedStore store() {
        return store;
    }

    /** Runs the writer of each upload's part (ADR 0029) and the file store's background syncs. */
    public Executor background() {
        return background;
    }

    @PreDestroy
    void close() {
        background.shutdown();
    }

    public Limits limits() {
        return new Limits(maxBytes, maxPhotoBytes, maxPixels, childQuotaBytes);
    }

    /** The limits, with the configuration keys that set them. */
    public record Limits(long maxBytes, long maxPhotoBytes, long maxPixels, long childQuotaBytes) {
    }
}
