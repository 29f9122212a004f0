/**
 * The identity module's JPA entities, internal to the module. They never cross the module boundary: the façade
 * returns {@link no.sammen.identity.PersonSummary} records. The national identity number exists here only as a keyed
 * hash and an encrypted value, so a database dump does not reveal it.
 */
package no.sammen.identity.entity;
