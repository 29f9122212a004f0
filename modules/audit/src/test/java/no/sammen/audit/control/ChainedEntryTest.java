package no.sammen.audit.control;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainedEntryTest {

    private static ChainedEntry entry(String personName, String professions, String previous) {
        return new ChainedEntry("c1", 3, Instant.parse("2026-11-24T10:00:00.123456Z"), "DATA_ACCESS", "READ", "SUCCESS",
                "p1", personName, professions, null, null, "c1", "daily-reports", "e1,e2", "", "membership", null,
                null, "r1", "127.0.0.1", "agent", previous);
    }

    @Test
    void theHashCoversEveryValueAndThePreviousHash() {
        String hash = entry("Kari", "FT", ChainedEntry.GENESIS).hash();
        assertThat(hash).hasSize(64).isEqualTo(entry("Kari", "FT", ChainedEntry.GENESIS).hash());
        assertThat(entry("Kari ", "FT", ChainedEntry.GENESIS).hash()).isNotEqualTo(hash);
        assertThat(entry("Kari", "FT", "1".repeat(64)).hash()).isNotEqualTo(hash);
    }

    @Test
    void aValueCannotMoveIntoItsNeighbourNorANullBecomeEmpty() {
        assertThat(entry("KariF", "T", ChainedEntry.GENESIS).hash())
                .isNotEqualTo(entry("Kari", "FT", ChainedEntry.GENESIS).hash());
        assertThat(entry("Kari", null, ChainedEntry.GENESIS).hash())
                .isNotEqualTo(entry("Kari", "", ChainedEntry.GENESIS).hash());
    }

    @Test
    void theHashIsTheSameAsBeforeTheTextWasSplitInHeadAndTail() {
        // The encoding every stored entry was hashed with: each value length-prefixed, "-" for null, in this order.
        StringBuilder b = new StringBuilder();
        for (String value : new String[] {ChainedEntry.GENESIS, "c1", "3", "2026-11-24T10:00:00.123456Z",
                "DATA_ACCESS", "READ", "SUCCESS", "p1", "Kåri 🌷", "FT", null, null, "c1", "daily-reports", "e1,e2", "",
                "membership", null, null, "r1", "127.0.0.1", "agent"}) {
            b.append(value == null ? "-;" : value.length() + ":" + value + ";");
        }
        assertThat(entry("Kåri 🌷", "FT", ChainedEntry.GENESIS).hash()).isEqualTo(ChainedEntry.sha256(b.toString()));
    }

    @Test
    void theHeadIsAsciiSoItsLengthsAreTheSameInJavaAndInPostgresql() {
        assertThat(ChainedEntry.head(ChainedEntry.GENESIS, "01a20ef2-f470-78f9-beaf-20f317726bd8/15", 12))
                .isEqualTo("64:" + ChainedEntry.GENESIS + ";39:01a20ef2-f470-78f9-beaf-20f317726bd8/15;2:12;")
                .matches("\\p{ASCII}*");
    }
}
