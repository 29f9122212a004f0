/**
 * The audit trail's signed checkpoints, written once and never changed. Entries are appended by one native
 * statement with their chain's head ({@link no.sammen.audit.control.ChainWriter}) and read through native queries, so
 * they have no entity; ids are kept as text, exactly as they were hashed.
 */
package no.sammen.audit.entity;
