/**
 * The records module's REST resources under {@code /api/children}. They translate HTTP to façade calls and back,
 * and nothing else: access, validation and transactions are the façade's, so the pages get exactly the same rules.
 */
package no.sammen.records.boundary;
