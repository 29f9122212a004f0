package no.sammen.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.sammen.platform.Caller;
import no.sammen.platform.CallerKind;
import no.sammen.platform.InvalidInputException;

class MessagingChecksTest {

    @Test
    void aBodyOf64000CharactersIsTakenWhole() {
        String body = "a".repeat(64_000);
        assertThat(MessageRecords.checkedBody(body)).isSameAs(body);
    }

    @Test
    void oneCharacterMoreIsRefusedNamingTheBody() {
        assertThatThrownBy(() -> MessageRecords.checkedBody("a".repeat(64_001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                                .containsExactly("body"));
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertThat(MessageRecords.checkedBody(emoji.repeat(64_000))).hasSize(128_000);
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThatThrownBy(() -> MessageRecords.checkedBody("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRecords.checkedBody(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aVideoCallLinkFillsThePattern() {
        MessagingSettings settings = new MessagingSettings();
        settings.videoCallPattern = Optional.of("https://meet.example.org/sammen-{random}");
        String link = settings.videoCallLink().orElseThrow();
        assertThat(link).matches("https://meet\\.example\\.org/sammen-[a-z2-9]{20}");
        assertThat(settings.videoCallLink().orElseThrow()).isNotEqualTo(link);
        settings.videoCallPattern = Optional.empty();
        assertThat(settings.videoCallLink()).isEmpty();
    }

    @Test
    void aTicketKeepsTheCallerItWasIssuedTo() {
        Caller caller = new Caller(UUID.randomUUID(), "Kari \"FT\"", CallerKind.PROFESSIONAL, List.of("FT"), "123",
                "level4", "https://helseid.example", false);
        assertThat(LiveTickets.read(LiveTickets.write(caller))).isEqualTo(caller);
        Caller child = new Caller(UUID.randomUUID(), "Emma", CallerKind.CHILD, List.of(), null, null, null, false);
        assertThat(LiveTickets.read(LiveTickets.write(child))).isEqualTo(child);
        assertThat(LiveTickets.hash("t")).hasSize(64).isNotEqualTo(LiveTickets.hash("u"));
    }
}
