package no.sammen.records.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Points at the current version of a child's care plan. Every change and every sign-off updates this row, so its
 * optimistic-lock version lets only one of two simultaneous writers commit.
 */
@Entity
@Table(name = "care_plan", schema = "records")
public class CarePlanEntity {

    @Id
    @Column(name = "child_id")
    private UUID childId;

    @Column(name = "current_version_id", nullable = false)
    private UUID currentVersionId;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CarePlanEntity() {
    }

    public CarePlanEntity(UUID childId, UUID currentVersionId, int currentNumber, OffsetDateTime now) {
        this.childId = childId;
        this.currentVersionId = currentVersionId;
        this.currentNumber = currentNumber;
        this.updatedAt = now;
    }

    public UUID childId() {
        return childId;
    }

    public UUID currentVersionId() {
        return currentVersionId;
    }

    public int currentNumber() {
        return currentNumber;
    }

    public long version() {
        return version;
    }

    public void moveTo(UUID versionId, int number, OffsetDateTime now) {
        this.currentVersionId = versionId;
        this.currentNumber = number;
        this.updatedAt = now;
    }

    /** Marks a change that leaves the pointer where it is (a sign-off), so that it takes the lock too. */
    public void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }
}
