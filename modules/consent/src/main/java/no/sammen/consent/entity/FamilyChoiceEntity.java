package no.sammen.consent.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of what a family chose to see itself. Written once. */
@Entity
@Table(name = "family_choice", schema = "consent")
public class FamilyChoiceEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "guardians_see", nullable = false, updatable = false)
    private String guardiansSee;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected FamilyChoiceEntity() {
    }

    public FamilyChoiceEntity(UUID id, UUID childId, int version, String guardiansSee, UUID changedBy,
                              OffsetDateTime changedAt) {
        this.id = id;
        this.childId = childId;
        this.version = version;
        this.guardiansSee = guardiansSee;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int version() {
        return version;
    }

    public String guardiansSee() {
        return guardiansSee;
    }
}
