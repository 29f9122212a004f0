package no.sammen.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailNoticesTest {

    @Test
    void noMailWithoutAConfiguredSession() {
        assertThat(MailNotices.decide(false, "mor@example.org", false)).isFalse();
    }

    @Test
    void noMailWithoutAnAddress() {
        assertThat(MailNotices.decide(true, null, false)).isFalse();
        assertThat(MailNotices.decide(true, " ", false)).isFalse();
    }

    @Test
    void oneNoticePerThreadUntilTheyHaveLooked() {
        assertThat(MailNotices.decide(true, "mor@example.org", false)).isTrue();
        assertThat(MailNotices.decide(true, "mor@example.org", true)).isFalse();
    }

    @Test
    void theNoticeCarriesNoContent() {
        assertThat(MailNotices.TEXT).contains("You have a new message in Sammen");
        assertThat(MailNotices.SUBJECT).isEqualTo("Sammen");
    }

    @Test
    void noMailSessionIsConfiguredByDefault() {
        MessagingSettings settings = new MessagingSettings();
        settings.mailSession = java.util.Optional.empty();
        MailNotices notices = new MailNotices();
        notices.settings = settings;
        assertThat(notices.wanted("mor@example.org", false)).isFalse();
    }
}
