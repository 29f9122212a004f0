/**
 * Photos and videos on a child's timeline: resumable uploads (tus 1.0), content checks that keep only what the
 * allow-list names and strip location and device metadata, encrypted storage on a filesystem or an S3-compatible
 * bucket, and the items with their description, tags and audience.
 *
 * <p>This base package is the module's public API: the façades {@link no.sammen.media.MediaUploads} and
 * {@link no.sammen.media.MediaLibrary} and the records they take and return. Every method that touches a child's
 * media takes a {@link no.sammen.platform.ChildRef} and carries {@link no.sammen.platform.ChildAccess} with
 * {@link no.sammen.platform.Category#MEDIA}, so the one access rule decides and the audit trail records. Each new item
 * appears on the child's timeline through the records module's {@link no.sammen.records.TimelineEntry} (ADR 0019).
 */
@Module(allowedDependencies = {"records"})
package no.sammen.media;

import no.sammen.platform.Module;
