/**
 * The media module's REST resources under {@code /api/children/{childId}/media}: the tus 1.0 upload endpoint and the
 * items with their content and thumbnails. They translate HTTP to façade calls and back (headers, ranges, safe
 * download names), nothing else: access, checks and transactions are the façades'.
 */
package no.sammen.media.boundary;
