package no.sammen.media.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Recognises markup a browser could render as a page or script: at the start of content (SVG, HTML, XML), and inside
 * a photo (a polyglot: an image whose bytes also carry HTML or script). Compressed image data does not contain these
 * ASCII runs by chance in any practical sense (each is 7 or more exact bytes).
 */
final class Markup {

    private static final List<String> MARKERS = List.of("<script", "<html", "<svg", "<iframe", "<!doctype",
            "<body", "<?xml", "javascript:", "<object", "<embed");
    private static final List<byte[]> MARKER_BYTES = MARKERS.stream()
            .map(m -> m.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)).toList();

    private Markup() {
    }

    /** Whether the content starts (after a BOM and white space) with {@code <}. */
    static boolean startsLikeMarkup(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'
                || head[i] == 0)) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    /** The first marker found anywhere in {@code bytes} (ASCII, any case), or {@code null}. */
    static String find(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != '<' && b != 'j' && b != 'J') {
                continue;
            }
            for (byte[] marker : MARKER_BYTES) {
                if (matches(bytes, i, marker)) {
                    return new String(marker, StandardCharsets.US_ASCII);
                }
            }
        }
        return null;
    }

    private static boolean matches(byte[] bytes, int at, byte[] marker) {
        if (at + marker.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            int c = bytes[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != marker[k]) {
                return false;
            }
        }
        return true;
    }
}
