package no.sammen.app.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

import no.sammen.platform.LogSafe;
import no.sammen.platform.RequestIds;

/**
 * Formats a log record as one line of JSON: time (UTC), level, logger, thread, request id, message and, for
 * failures, the exception's class and message (the stack trace stays on one line, escaped).
 */
public class JsonLines extends Formatter {

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"time\":\"").append(Instant.ofEpochMilli(record.getMillis())).append('"');
        field(out, "level", record.getLevel().getName());
        field(out, "logger", record.getLoggerName());
        field(out, "thread", Thread.currentThread().getName());
        String requestId = RequestIds.current();
        if (requestId != null) {
            field(out, "requestId", requestId);
        }
        field(out, "message", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            field(out, "exception", trace.toString());
        }
        return out.append("}\n").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":\"");
        String safe = value == null ? "" : (name.equals("exception") ? value : LogSafe.value(value));
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
