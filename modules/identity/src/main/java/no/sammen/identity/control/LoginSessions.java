package no.sammen.identity.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.identity.entity.LoginSessionEntity;
import no.sammen.platform.Ids;

/** Server-side login sessions: started at login, checked on every request, ended from any instance. */
@ApplicationScoped
@Transactional
public class LoginSessions {

    /** At most this many sessions are forgotten per login (more logins than ended sessions keep up with them). */
    static final int FORGOTTEN_PER_LOGIN = 100;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    SessionPolicy policy;

    /** A session that is still valid now, with its last-seen time refreshed; empty once it has ended. */
    public Optional<LoginSessionEntity> active(UUID id) {
        LoginSessionEntity session = em.find(LoginSessionEntity.class, id);
        if (session == null || session.ended()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String expiry = policy.expiry(session.startedAt().toInstant(), session.lastSeenAt().toInstant(), now);
        if (expiry != null) {
            session.end(expiry, now.atOffset(ZoneOffset.UTC));
            return Optional.empty();
        }
        if (policy.worthTouching(session.lastSeenAt().toInstant(), now)) {
            session.seenAt(now.atOffset(ZoneOffset.UTC));
        }
        return Optional.of(session);
    }

    /**
     * Starts a session, and forgets up to {@value #FORGOTTEN_PER_LOGIN} sessions that are over
     * ({@link SessionPolicy#forgetBefore}), so that the table holds about a day of sessions without a scheduled job.
     */
    public UUID start(UUID personId, String provider, String sid, String acr) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("delete from identity.login_session where id in (select id from identity.login_session"
                        + " where coalesce(ended_at, last_seen_at) < ?1 limit " + FORGOTTEN_PER_LOGIN + ")")
                .setParameter(1, policy.forgetBefore(now.toInstant()).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        UUID id = Ids.newId();
        em.persist(new LoginSessionEntity(id, personId, provider, sid, acr, now));
        return id;
    }

    public void end(UUID id, String reason) {
        LoginSessionEntity session = em.find(LoginSessionEntity.class, id);
        if (session != null) {
            session.end(reason, OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /** Ends the open sessions the provider knows by {@code sid}; returns how many. */
    public int endBySid(String provider, String sid) {
        var sessions = em.createNamedQuery(LoginSessionEntity.OPEN_BY_SID, LoginSessionEntity.class)
                .setParameter("provider", provider)
                .setParameter("sid", sid)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        sessions.forEach(s -> s.end("frontchannel_logout", now));
        return sessions.size();
    }
}
