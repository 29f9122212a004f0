package no.sammen.platform;

/**
 * Fired once at start-up, after every module's schema is migrated and before requests are served: the moment a
 * module may load what it needs (such as the development stack's demo data).
 */
public record DatabaseReady() {
}
