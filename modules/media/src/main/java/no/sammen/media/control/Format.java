package no.sammen.media.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The formats Sammen keeps, recognised by their first bytes only: never by name or declared type (ADR 0018).
 */
public enum Format {
    JPEG("image/jpeg", "photo", "jpg"),
    PNG("image/png", "photo", "png"),
    HEIC("image/heic", "photo", "heic"),
    MP4("video/mp4", "video", "mp4"),
    MOV("video/quicktime", "video", "mov"),
    WEBM("video/webm", "video", "webm");

    /** ISO base media brands of HEIF images. */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
            "msf1", "avif");
    /** ISO base media brands of MP4 video. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "M4V ", "M4A ", "dash", "3gp4", "3gp5", "3gp6", "mmp4", "MSNV", "f4v ");
    static final String ACCEPTED = "JPEG, PNG, HEIC/HEIF, MP4, MOV or WebM";

    private final String contentType;
    private final String kind;
    private final String extension;

    Format(String contentType, String kind, String extension) {
        this.contentType = contentType;
        this.kind = kind;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String kind() {
        return kind;
    }

    public String extension() {
        return extension;
    }

    public boolean photo() {
        return "photo".equals(kind);
    }

    public static Format of(String contentType) {
        for (Format f : values()) {
            if (f.contentType.equals(contentType)) {
                return f;
            }
        }
        throw new IllegalArgumentException(contentType);
    }

    /** The format of content that starts with {@code head} (at least its first 32 bytes, up to 4 KiB). */
    static Format sniff(byte[] head) throws Refused {
        if (Markup.startsLikeMarkup(head)) {
            throw new Refused("SVG, HTML and other markup are not accepted; only " + ACCEPTED);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return PNG;
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            if (HEIF_BRANDS.contains(brand)) {
                return HEIC;
            }
            if ("qt  ".equals(brand)) {
                return MOV;
            }
            if (MP4_BRANDS.contains(brand)) {
                return MP4;
            }
            throw new Refused("this ISO media file (brand '" + printable(brand) + "') is not " + ACCEPTED);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return WEBM;
        }
        throw new Refused("the content is not " + ACCEPTED);
    }

    static String printable(String s) {
        return s.chars().map(c -> c >= 0x20 && c < 0x7F ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toLowerCase(Locale.ROOT);
    }
}
