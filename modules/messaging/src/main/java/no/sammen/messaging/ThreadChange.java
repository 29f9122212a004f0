package no.sammen.messaging;

/** A change of a thread: for the team thread, whether the guardians take part (the family's choice). */
public record ThreadChange(Boolean includeFamily) {
}
