/**
 * The façade implementations over the {@code messaging} schema (native SQL, narrowed by participation in the
 * query), the reference checks through the targets' façades, notifications and e-mail notices, and the live feed's
 * server side: the open feeds of this instance, delivery with an access decision per delivery, and the fan-out
 * across instances over PostgreSQL {@code LISTEN/NOTIFY} (ADR 0021).
 */
package no.sammen.messaging.control;
