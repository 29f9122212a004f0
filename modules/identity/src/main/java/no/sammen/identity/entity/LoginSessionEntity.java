package no.sammen.identity.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A browser session begun by a successful login; ended by logout, the provider, or a timeout. */
@Entity
@Table(name = "login_session", schema = "identity")
@NamedQuery(name = LoginSessionEntity.OPEN_BY_SID,
        query = "select s from LoginSessionEntity s where s.provider = :provider and s.sid = :sid and s.endedAt is null")
public class LoginSessionEntity {

    public static final String OPEN_BY_SID = "LoginSessionEntity.openBySid";

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(updatable = false)
    private String sid;

    @Column(updatable = false)
    private String acr;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "end_reason")
    private String endReason;

    protected LoginSessionEntity() {
    }

    public LoginSessionEntity(UUID id, UUID personId, String provider, String sid, String acr, OffsetDateTime now) {
        this.id = id;
        this.personId = personId;
        this.provider = provider;
        this.sid = sid;
        this.acr = acr;
        this.startedAt = now;
        this.lastSeenAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String provider() {
        return provider;
    }

    public String acr() {
        return acr;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime lastSeenAt() {
        return lastSeenAt;
    }

    public boolean ended() {
        return endedAt != null;
    }

    public void seenAt(OffsetDateTime when) {
        this.lastSeenAt = when;
    }

    public void end(String reason, OffsetDateTime when) {
        if (endedAt == null) {
            this.endedAt = when;
            this.endReason = reason;
        }
    }
}
