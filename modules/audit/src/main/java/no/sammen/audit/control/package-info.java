/**
 * How the trail is written and checked, internal to the module: the journal that completes an event with who, when
 * and from where; the chain writer that links each entry to its chain's head under the head's row lock (ADR 0011);
 * the checkpoints signed as JWS and their schedule; the verifier; the FHIR AuditEvent mapping; the façades.
 */
package no.sammen.audit.control;
