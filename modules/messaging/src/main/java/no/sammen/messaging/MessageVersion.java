package no.sammen.messaging;

import java.time.Instant;

/** An earlier body of an edited message: version 1 is the one first posted. */
public record MessageVersion(int version, String body, Instant writtenAt) {
}
