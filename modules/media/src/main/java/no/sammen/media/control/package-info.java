/**
 * How the media module does its work, internal to the module: the façade implementations, the tus upload state kept
 * in PostgreSQL, the content checks and metadata stripping of an ingest, thumbnails, and the encrypted object store
 * ({@link no.sammen.media.control.Envelope}) over a filesystem or an S3-compatible backend.
 */
package no.sammen.media.control;
