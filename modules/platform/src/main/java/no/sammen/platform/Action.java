package no.sammen.platform;

/** What a caller wants to do with a category of a child's data. */
public enum Action {
    READ, WRITE
}
