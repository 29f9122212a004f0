/**
 * The records module's JPA entities, internal to the module; the façades return records built from them. Lists
 * inside a child's profile (contacts, diagnoses, medications) are JSON documents in one column, since they are read
 * and written whole.
 */
package no.sammen.records.entity;
