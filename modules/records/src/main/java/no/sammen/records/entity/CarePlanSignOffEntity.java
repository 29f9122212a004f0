package no.sammen.records.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A physician's sign-off of one care-plan version. A row of its own rather than nullable columns on the version,
 * so that a version row is never updated (and no nullable UUID column needs mapping).
 */
@Entity
@Table(name = "care_plan_sign_off", schema = "records")
public class CarePlanSignOffEntity {

    @Id
    @Column(name = "version_id")
    private UUID versionId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "signed_off_by", nullable = false, updatable = false)
    private UUID signedOffBy;

    @Column(name = "signed_off_by_name", nullable = false, updatable = false)
    private String signedOffByName;

    @Column(name = "signed_off_at", nullable = false, updatable = false)
    private OffsetDateTime signedOffAt;

    protected CarePlanSignOffEntity() {
    }

    public CarePlanSignOffEntity(UUID versionId, UUID childId, UUID signedOffBy, String signedOffByName,
                                 OffsetDateTime signedOffAt) {
        this.versionId = versionId;
        this.childId = childId;
        this.signedOffBy = signedOffBy;
        this.signedOffByName = signedOffByName;
        this.signedOffAt = signedOffAt;
    }

    public UUID versionId() {
        return versionId;
    }

    public UUID childId() {
        return childId;
    }

    public UUID signedOffBy() {
        return signedOffBy;
    }

    public String signedOffByName() {
        return signedOffByName;
    }

    public OffsetDateTime signedOffAt() {
        return signedOffAt;
    }
}
