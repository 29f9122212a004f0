/**
 * The consent module's JPA entities, internal to the module: a consent's head row (its current state, which the
 * access rule reads) and its append-only versions (the family's history). Categories are stored as their API names,
 * comma-separated: a consent is read and written whole.
 */
package no.sammen.consent.entity;
