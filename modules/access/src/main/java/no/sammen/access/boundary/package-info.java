/**
 * The access module's REST resources: the administrators' scopes under {@code /api/admin/scopes}, emergency access
 * and the family's preview under {@code /api/children/{id}}. They translate HTTP to the façades and back.
 */
package no.sammen.access.boundary;
