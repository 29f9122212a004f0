package no.sammen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogSafeTest {

    private static final String ELLIPSIS = "\u2026";

    /** Characters a log reader, terminal or log shipper may take as the end of a line. */
    private static boolean breaksLines(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    @Test
    void nullIsTheWordNull() {
        assertThat(LogSafe.value(null)).isEqualTo("null");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "Ærlig talt, Øyvind på Ås sa \"hei\" – 42 % {ok} \\ / <b>";
        assertThat(LogSafe.value(text)).isEqualTo(text);
    }

    @Test
    void usesToStringOfOtherObjects() {
        assertThat(LogSafe.value(42)).isEqualTo("42");
        assertThat(LogSafe.value(new StringBuilder("a\nb"))).isEqualTo("a\\nb");
    }

    @Test
    void crLfAndTabAreEscaped() {
        assertThat(LogSafe.value("a\rb\nc\td")).isEqualTo("a\\rb\\nc\\td");
    }

    @ParameterizedTest
    @CsvSource({
            "0, \\u0000",
            "7, \\u0007",
            "11, \\u000b",
            "12, \\u000c",
            "27, \\u001b",
            "127, \\u007f",
            "133, \\u0085",
            "155, \\u009b",
            "8232, \\u2028",
            "8233, \\u2029"
    })
    void otherControlAndLineSeparatorCharactersAreEscaped(int codePoint, String escaped) {
        String value = "before" + (char) codePoint + "after";
        assertThat(LogSafe.value(value)).isEqualTo("before" + escaped + "after");
    }

    @Test
    void aForgedLogEntryStaysOnOneLine() {
        String forged = "alice\r\n2025-01-01 INFO user=admin logged in\u2028second\u2029third\u0085fourth";
        String safe = LogSafe.value(forged);
        assertThat(safe.chars().noneMatch(c -> breaksLines((char) c))).isTrue();
        assertThat(safe).contains("alice\\r\\n2025-01-01 INFO user=admin logged in");
    }

    @Test
    void noCharacterAtAllCanSurviveAsAControlOrLineSeparator() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String safe = LogSafe.value("x" + (char) c + "y");
            for (int i = 0; i < safe.length(); i++) {
                char out = safe.charAt(i);
                assertThat(Character.isISOControl(out) || breaksLines(out))
                        .as("U+%04X survives as U+%04X in %s", c, (int) out, safe)
                        .isFalse();
            }
        }
    }

    @Test
    void valuesUpToTheLimitAreKeptWhole() {
        String exactly512 = "x".repeat(512);
        assertThat(LogSafe.value(exactly512)).isEqualTo(exactly512);
    }

    @Test
    void longValuesAreCappedWithAnEllipsis() {
        assertThat(LogSafe.value("y".repeat(513))).isEqualTo("y".repeat(512) + ELLIPSIS);
        String capped = LogSafe.value("z".repeat(100_000));
        assertThat(capped).isEqualTo("z".repeat(512) + ELLIPSIS);
    }

    @Test
    void theCapNeverSplitsAnEscape() {
        String capped = LogSafe.value("a".repeat(511) + "\n" + "b".repeat(100));
        assertThat(capped).isEqualTo("a".repeat(511) + "\\n" + ELLIPSIS);
        String cappedUnicode = LogSafe.value("a".repeat(510) + "\u2028" + "b".repeat(100));
        assertThat(cappedUnicode).isEqualTo("a".repeat(510) + "\\u2028" + ELLIPSIS);
        assertThat(cappedUnicode.length()).isLessThanOrEqualTo(512 + 6 + 1);
    }

    @Test
    void escapedLongValuesStayBounded() {
        String capped = LogSafe.value("\n".repeat(100_000));
        assertThat(capped.length()).isLessThanOrEqualTo(512 + 6 + 1);
        assertThat(capped).doesNotContain("\n");
    }

    /** 300 newlines escape to 600 characters; output stops at 512 (256 of them) but says nothing about the rest. */
    @Test
    void anyTruncationIsMarkedWithAnEllipsis() {
        String capped = LogSafe.value("\n".repeat(300));
        assertThat(capped).endsWith(ELLIPSIS);
    }
}
