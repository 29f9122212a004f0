/**
 * The audit module's REST resources: the administrators' search, verification and export under
 * {@code /api/admin/audit}, and the family's access log under {@code /api/children/{id}/access-log}. They translate
 * HTTP to façade calls; access and recording are the façades'.
 */
package no.sammen.audit.boundary;
