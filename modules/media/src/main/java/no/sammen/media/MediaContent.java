package no.sammen.media;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Bytes of an item (or its thumbnail) released to the caller, to be streamed after the call returns.
 *
 * @param contentType the sniffed type
 * @param fileName    the sanitised original name (for {@code Content-Disposition}), or {@code null}
 * @param total       the full length
 * @param from        the first byte sent
 * @param to          the last byte sent (inclusive); {@code to < from} for empty content
 * @param partial     whether this is a range of the content
 * @param etag        a strong validator of the content
 * @param body        writes bytes {@code from} to {@code to}
 */
public record MediaContent(String contentType, String fileName, long total, long from, long to, boolean partial,
                           String etag, Body body) {

    /** Writes the released bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public long length() {
        return to - from + 1;
    }
}
