package no.sammen.media.control;

import no.sammen.media.RangeNotSatisfiableException;
import no.sammen.platform.InvalidInputException;

/**
 * One HTTP byte range (RFC 9110 §14.1.2) resolved against a length: {@code bytes=a-b}, {@code bytes=a-} or
 * {@code bytes=-n}. Several ranges in one request are answered as the whole content (allowed by the RFC), which is
 * what browsers' media players never ask for anyway.
 */
final class Ranges {

    private Ranges() {
    }

    /** {@code [from, to]} inclusive, or {@code null} for the whole content. */
    static long[] resolve(String header, long total) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (!h.startsWith("bytes=") || h.contains(",")) {
            return null;
        }
        String spec = h.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            throw new InvalidInputException("Range", "must be bytes=first-last, bytes=first- or bytes=-suffix");
        }
        try {
            String first = spec.substring(0, dash).strip();
            String last = spec.substring(dash + 1).strip();
            long from;
            long to;
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0 || total == 0) {
                    throw new RangeNotSatisfiableException(total);
                }
                from = Math.max(0, total - suffix);
                to = total - 1;
            } else {
                from = Long.parseLong(first);
                to = last.isEmpty() ? total - 1 : Math.min(Long.parseLong(last), total - 1);
                if (from < 0 || (!last.isEmpty() && Long.parseLong(last) < from)) {
                    throw new InvalidInputException("Range", "must be bytes=first-last with first <= last");
                }
                if (from >= total) {
                    throw new RangeNotSatisfiableException(total);
                }
            }
            return new long[] {from, to};
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Range", "must be bytes=first-last, bytes=first- or bytes=-suffix");
        }
    }
}
