/**
 * The audit trail's rows, written once and never changed: entries and signed checkpoints. Ids are kept as text,
 * exactly as they were hashed (and EclipseLink's UUID converter fails on the nulls an entry without a child has).
 */
package no.sammen.audit.entity;
