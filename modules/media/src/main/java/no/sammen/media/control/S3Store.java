package no.sammen.media.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in a bucket of an S3-compatible service (ADR 0017). An object is written as a multipart upload in parts of
 * {@link #PART} bytes (one part buffered in memory per writer), or with one PUT when smaller; it appears when the
 * upload completes, and an aborted writer aborts the multipart upload. Reads are ranged GETs.
 */
public final class S3Store implements ObjectStore {

    /** Bytes buffered per multipart part (S3's minimum is 5 MiB). */
    static final int PART = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    public S3Store(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
    }

    @Override
    public Writer create(String key) {
        return new Writer() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(PART);
            private final List<CompletedPart> parts = new ArrayList<>();
            private String uploadId;
            private boolean done;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int n = Math.min(len, PART - buffer.size());
                    buffer.write(b, off, n);
                    off += n;
                    len -= n;
                    if (buffer.size() == PART) {
                        sendPart();
                    }
                }
            }

            private void sendPart() throws IOException {
                try {
                    if (uploadId == null) {
                        uploadId = s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId();
                    }
                    int number = parts.size() + 1;
                    String etag = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                            RequestBody.fromBytes(buffer.toByteArray())).eTag();
                    parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                    buffer.reset();
                } catch (S3Exception e) {
                    throw new IOException("S3 refused a part: " + e.awsErrorDetails().errorCode(), e);
                }
            }

            @Override
            public void close() throws IOException {
                if (done) {
                    return;
                }
                done = true;
                try {
                    if (uploadId == null) {
                        s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(buffer.toByteArray()));
                    } else {
                        if (buffer.size() > 0) {
                            sendPart();
                        }
                        s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                                .multipartUpload(m -> m.parts(parts)));
                    }
                } catch (S3Exception e) {
                    abort();
                    throw new IOException("S3 refused the object: " + e.awsErrorDetails().errorCode(), e);
                }
            }

            @Override
            public void abort() {
                done = true;
                if (uploadId != null) {
                    try {
                        s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
                    } catch (S3Exception ignored) {
                        // An unfinished multipart upload is invisible; the bucket's lifecycle rule removes it.
                    }
                }
            }
        };
    }

    @Override
    public InputStream read(String key, long from, long to) throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key).range("bytes=" + from + "-" + to));
        } catch (S3Exception e) {
            throw new IOException("S3 read failed: " + e.statusCode(), e);
        }
    }

    @Override
    public long size(String key) throws IOException {
        try {
            return s3.headObject(r -> r.bucket(bucket).key(key)).contentLength();
        } catch (NoSuchKeyException e) {
            throw new IOException("no such object", e);
        } catch (S3Exception e) {
            throw new IOException("S3 head failed: " + e.statusCode(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new IOException("S3 delete failed: " + e.statusCode(), e);
        }
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        for (S3Object o : list(prefix)) {
            delete(o.key());
        }
    }

    @Override
    public boolean any(String prefix) throws IOException {
        return !list(prefix).isEmpty();
    }

    private List<S3Object> list(String prefix) throws IOException {
        try {
            List<S3Object> all = new ArrayList<>();
            s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().forEach(all::add);
            return all;
        } catch (S3Exception e) {
            throw new IOException("S3 list failed: " + e.statusCode(), e);
        }
    }
}
