package no.sammen.media.control;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientGoneTest {

    private static LogRecord record(Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "Error while closing the output stream in order to commit "
                + "response.");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void onlyAWriteToAConnectionTheClientClosedIsLeftOut() {
        ClientGone filter = new ClientGone();
        IOException closed = new IOException("Connection is closed", new EOFException());
        assertThat(filter.isLoggable(record(new UncheckedIOException(closed)))).isFalse();
        assertThat(filter.isLoggable(record(closed))).isFalse();
        assertThat(filter.isLoggable(record(new IOException("No space left on device")))).isTrue();
        assertThat(filter.isLoggable(record(new IllegalStateException("boom")))).isTrue();
        assertThat(filter.isLoggable(record(null))).isTrue();
    }
}
