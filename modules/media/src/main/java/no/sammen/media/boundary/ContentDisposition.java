package no.sammen.media.boundary;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} value (RFC 6266) that no file name can break: an ASCII fallback {@code filename} in
 * which everything but letters, digits and {@code . _ - ( )} and space becomes {@code _}, and {@code filename*} with
 * every other byte of the UTF-8 name percent-encoded (RFC 8187). Quotes, CR and LF therefore never reach the header.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String of(String type, String fileName, String fallback) {
        String name = fileName == null || fileName.isBlank() ? fallback : fileName;
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c < 0x80 && (Character.isLetterOrDigit(c) || ".-_() ".indexOf(c) >= 0) ? c : '_');
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 8187 value-chars: attr-char as is, every other byte as %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
