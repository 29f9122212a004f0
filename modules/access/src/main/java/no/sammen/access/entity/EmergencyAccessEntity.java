package no.sammen.access.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One emergency access, with the reason the person gave. Written once. */
@Entity
@Table(name = "emergency_access", schema = "access")
public class EmergencyAccessEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private OffsetDateTime endsAt;

    protected EmergencyAccessEntity() {
    }

    public EmergencyAccessEntity(UUID id, UUID childId, UUID personId, String personName, String reason,
                                 OffsetDateTime startedAt, OffsetDateTime endsAt) {
        this.id = id;
        this.childId = childId;
        this.personId = personId;
        this.personName = personName;
        this.reason = reason;
        this.startedAt = startedAt;
        this.endsAt = endsAt;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }
}
