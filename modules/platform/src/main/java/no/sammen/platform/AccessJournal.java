package no.sammen.platform;

/**
 * Where capture points (the {@link ChildAccessGuard}, the sign-in mechanism, administrative interceptors) hand what
 * happened. The audit module is the one implementation. Business code never calls it: access is recorded where it is
 * decided, so no business method can forget it.
 *
 * <p>Contract of every implementation:
 * <ul>
 *   <li>a successful event inside an active transaction joins it: a write and its entry commit together or not at
 *       all;</li>
 *   <li>a successful event outside a transaction (a read) is committed before {@code record} returns, so it is
 *       durable before the response leaves;</li>
 *   <li>a refusal or failure is committed on its own, so it survives the rollback of the request's
 *       transaction;</li>
 *   <li>when the event cannot be recorded, {@code record} throws, and the request fails rather than go
 *       unrecorded.</li>
 * </ul>
 */
public interface AccessJournal {

    void record(AuditEvent event);
}
