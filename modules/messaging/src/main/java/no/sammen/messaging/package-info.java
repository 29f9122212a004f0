/**
 * The care team's group chat and the adolescent's confidential channel: a child's threads (the team thread, threads
 * a member opens with chosen members, the guardians' thread with the team, and confidential threads between the
 * adolescent and professionals the adolescent chooses), messages with mentions, references, edits and deletion,
 * read receipts, in-app notifications, and the live feed that delivers every change in order.
 *
 * <p>This base package is the module's public API: the façades {@link no.sammen.messaging.Threads},
 * {@link no.sammen.messaging.Messages} and {@link no.sammen.messaging.Notifications} and the records they take and
 * return. Every method that touches a child's conversation takes a {@link no.sammen.platform.ChildRef} and carries
 * {@link no.sammen.platform.ChildAccess} with {@link no.sammen.platform.Category#CHAT}: the one access rule decides
 * whether the caller may take part in the child's chat at all, and which threads they take part in is narrowed in
 * SQL (ADR 0020). References are resolved through the target's own façade (records, media).
 */
@Module(allowedDependencies = {"records", "identity", "media"})
package no.sammen.messaging;

import no.sammen.platform.Module;
