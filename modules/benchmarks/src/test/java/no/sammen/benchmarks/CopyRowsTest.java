package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void writesOneTabSeparatedLinePerRowWithCopyEscapes() {
        CopyRows rows = new CopyRows("records.x", List.of("a", "b", "c", "d", "e", "f", "g"));
        UUID id = UUID.fromString("01a20c61-8765-71e8-86e5-23788f3b22bb");
        rows.uuid(id).text("tab\there\\ and\nnewline\r").nothing().bool(true)
                .instant(Instant.parse("2024-03-05T19:45:00Z")).date(LocalDate.of(2024, 3, 5))
                .bytes(new byte[] {0x0a, (byte) 0xff}).end();
        rows.uuid(null).text(null).number(42).bool(false).decimal("7.5").date(null).bytes(null).end();

        assertThat(rows.rows()).isEqualTo(2);
        assertThat(rows.text()).isEqualTo(
                "01a20c61-8765-71e8-86e5-23788f3b22bb\ttab\\there\\\\ and\\nnewline\\r\t\\N\tt\t2024-03-05T19:45:00Z\t"
                        + "2024-03-05\t\\\\x0aff\n"
                        + "\\N\t\\N\t42\tf\t7.5\t\\N\t\\N\n");
        assertThat(rows.copyStatement()).isEqualTo("copy records.x (a, b, c, d, e, f, g) from stdin");
    }

    @Test
    void refusesARowWithTheWrongNumberOfValues() {
        CopyRows rows = new CopyRows("records.x", List.of("a", "b"));
        rows.text("only one");
        assertThatThrownBy(rows::end).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 values for 2");
    }
}
