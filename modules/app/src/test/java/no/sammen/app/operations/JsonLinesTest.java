package no.sammen.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.sammen.platform.RequestIds;

class JsonLinesTest {

    private static final Instant WHEN = Instant.parse("2025-06-01T12:34:56.789Z");

    private final JsonLines formatter = new JsonLines();

    @AfterEach
    void unbind() {
        RequestIds.unbind();
    }

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("no.sammen.test.Logger");
        record.setInstant(WHEN);
        return record;
    }

    /** Formats the record, checks it is exactly one line, and parses that line as one JSON object. */
    private JsonObject oneLine(LogRecord record) {
        String out = formatter.format(record);
        assertThat(out).endsWith("\n");
        String line = out.substring(0, out.length() - 1);
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    @Test
    void hasTimeLevelLoggerAndMessage() {
        JsonObject json = oneLine(record(Level.WARNING, "disk almost full"));

        assertThat(json.getString("time")).isEqualTo("2025-06-01T12:34:56.789Z");
        assertThat(json.getString("level")).isEqualTo("WARNING");
        assertThat(json.getString("logger")).isEqualTo("no.sammen.test.Logger");
        assertThat(json.getString("message")).isEqualTo("disk almost full");
        assertThat(json.getString("thread")).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void noRequestIdOutsideARequest() {
        JsonObject json = oneLine(record(Level.INFO, "started"));
        assertThat(json.containsKey("requestId")).isFalse();
        assertThat(json.containsKey("exception")).isFalse();
    }

    @Test
    void carriesTheBoundRequestId() {
        RequestIds.bind("7d1c0a4e-0000-4000-8000-000000000001");
        JsonObject json = oneLine(record(Level.INFO, "served"));
        assertThat(json.getString("requestId")).isEqualTo("7d1c0a4e-0000-4000-8000-000000000001");
    }

    @Test
    void crLfAndQuotesInTheMessageCannotBreakTheLineOrTheJson() {
        String hostile = "name=\"x\"\r\n{\"time\":\"2025\",\"level\":\"SEVERE\",\"message\":\"forged\"}\n\\ end";
        JsonObject json = oneLine(record(Level.INFO, hostile));

        assertThat(json.getString("level")).isEqualTo("INFO");
        assertThat(json.getString("message"))
                .isEqualTo("name=\"x\"\\r\\n{\"time\":\"2025\",\"level\":\"SEVERE\",\"message\":\"forged\"}\\n\\ end");
        assertThat(json.keySet()).containsExactlyInAnyOrder("time", "level", "logger", "thread", "message");
    }

    @Test
    void otherControlAndLineSeparatorsInTheMessageAreEscaped() {
        JsonObject json = oneLine(record(Level.INFO, "a\u0000b\u001bc\u2028d\u2029e\u0085f"));
        String message = json.getString("message");
        assertThat(message).isEqualTo("a\\u0000b\\u001bc\\u2028d\\u2029e\\u0085f");
    }

    @Test
    void parametersAreFormattedBeforeEscaping() {
        LogRecord record = record(Level.INFO, "user {0} did {1}");
        record.setParameters(new Object[] {"eve\nINFO admin", "\"quoted\""});
        JsonObject json = oneLine(record);
        assertThat(json.getString("message")).isEqualTo("user eve\\nINFO admin did \"quoted\"");
    }

    @Test
    void hostileLoggerNameIsEscapedToo() {
        LogRecord record = record(Level.INFO, "m");
        record.setLoggerName("evil\"\n,\"level\":\"SEVERE");
        JsonObject json = oneLine(record);
        assertThat(json.getString("logger")).isEqualTo("evil\"\\n,\"level\":\"SEVERE");
        assertThat(json.getString("level")).isEqualTo("INFO");
    }

    @Test
    void theStackTraceIsOneEscapedStringInsideTheJson() {
        IllegalStateException failure = new IllegalStateException("boom \"quoted\"\r\nsecond\tline\u0007",
                new IllegalArgumentException("root cause"));
        LogRecord record = record(Level.SEVERE, "unexpected failure");
        record.setThrown(failure);

        JsonObject json = oneLine(record);

        assertThat(json.getString("message")).isEqualTo("unexpected failure");
        String exception = json.getString("exception");
        assertThat(exception)
                .startsWith("java.lang.IllegalStateException: boom \"quoted\"\r\nsecond\tline\u0007")
                .contains("\tat " + JsonLinesTest.class.getName() + ".theStackTraceIsOneEscapedStringInsideTheJson(")
                .contains("Caused by: java.lang.IllegalArgumentException: root cause");
        assertThat(exception.lines().count()).isGreaterThan(3);
    }

    @Test
    void successiveRecordsAreSuccessiveLines() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            LogRecord record = record(Level.INFO, "line " + i + "\nnot a line");
            if (i == 2) {
                record.setThrown(new RuntimeException("with\ntrace"));
            }
            log.append(formatter.format(record));
        }
        String[] lines = log.toString().split("\n", -1);
        assertThat(lines).hasSize(6);
        assertThat(lines[5]).isEmpty();
        for (int i = 0; i < 5; i++) {
            try (JsonReader reader = Json.createReader(new StringReader(lines[i]))) {
                assertThat(reader.readObject().getString("message")).isEqualTo("line " + i + "\\nnot a line");
            }
        }
    }
}
