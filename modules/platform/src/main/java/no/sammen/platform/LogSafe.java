package no.sammen.platform;

/**
 * Neutralises values before they reach a log line, so that a value with CR, LF or other control characters cannot
 * forge a log entry, and a very long value cannot flood the log.
 */
public final class LogSafe {

    private static final int MAX = 512;

    private LogSafe() {
    }

    /** The value with control characters escaped and its length capped. */
    public static String value(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX) + 8);
        int i = 0;
        for (; i < s.length() && out.length() < MAX; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (i < s.length()) {
            out.append("…");
        }
        return out.toString();
    }
}
