package no.sammen.platform;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildAccessGuardTest {

    private record Entry(UUID id) implements ChildEntry {
    }

    @Test
    void theEntryIdsAreTheIdsTakenThenThoseReturnedOnceEach() {
        UUID taken = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<String> ids = ChildAccessGuard.uuidParameters(new Object[]{new ChildRef(UUID.randomUUID()), taken, "x"});
        assertThat(ids).containsExactly(taken.toString());
        assertThat(ChildAccessGuard.entryIds(ids, new Entry(taken))).containsExactly(taken.toString());
        assertThat(ChildAccessGuard.entryIds(List.of(), List.of(new Entry(taken), "not an entry", new Entry(other))))
                .containsExactly(taken.toString(), other.toString());
        assertThat(ChildAccessGuard.entryIds(List.of(), "a value")).isEmpty();
    }

    @Test
    void aLongListNamesItsFirstEntries() {
        List<Entry> many = java.util.stream.Stream.generate(() -> new Entry(UUID.randomUUID())).limit(500).toList();
        assertThat(ChildAccessGuard.entryIds(List.of(), many)).hasSize(ChildAccessGuard.MAX_ENTRY_IDS)
                .startsWith(many.get(0).id().toString());
    }

    @Test
    void aRefusedInputIsAMinorFailureAnythingElseSerious() {
        assertThat(ChildAccessGuard.outcomeOf(new InvalidInputException("f", "bad")))
                .isEqualTo(AuditEvent.Outcome.MINOR_FAILURE);
        assertThat(ChildAccessGuard.outcomeOf(new NotFoundException("The report")))
                .isEqualTo(AuditEvent.Outcome.MINOR_FAILURE);
        assertThat(ChildAccessGuard.outcomeOf(new IllegalStateException("boom")))
                .isEqualTo(AuditEvent.Outcome.SERIOUS_FAILURE);
    }
}
