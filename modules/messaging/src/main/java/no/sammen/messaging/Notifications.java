package no.sammen.messaging;

import java.util.List;
import java.util.UUID;

/**
 * The caller's own in-app notifications of new messages and mentions. They name the thread and message, never the
 * content; opening the thread is the guarded read. E-mail notices (without content) go to the address a person gave,
 * and only where a mail session is configured.
 */
public interface Notifications {

    /** The caller's latest notifications, newest first (at most 100). */
    List<Notification> mine();

    /** Marks one of the caller's notifications read; someone else's does not exist. */
    void markRead(UUID notificationId);

    /** Sets (or with {@code null}, removes) the address the caller's e-mail notices go to. */
    void noticeAddress(String address);
}
