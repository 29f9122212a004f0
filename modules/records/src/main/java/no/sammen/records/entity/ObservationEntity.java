package no.sammen.records.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One observed value; never changed once recorded. */
@Entity
@Table(name = "observation", schema = "records")
public class ObservationEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private BigDecimal value;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private OffsetDateTime observedAt;

    @Column(name = "out_of_range", nullable = false, updatable = false)
    private boolean outOfRange;

    /** Changes only to narrow it to {@code team-and-child} (the façade's {@code Confidentiality}); never widened. */
    @Column(nullable = false)
    private String audience;

    @Column(updatable = false)
    private String note;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ObservationEntity() {
    }

    public ObservationEntity(UUID id, UUID childId, String kind, BigDecimal value, String unit,
                             OffsetDateTime observedAt, boolean outOfRange, String audience, String note,
                             UUID authorId, String authorName, OffsetDateTime recordedAt) {
        this.id = id;
        this.childId = childId;
        this.kind = kind;
        this.value = value;
        this.unit = unit;
        this.observedAt = observedAt;
        this.outOfRange = outOfRange;
        this.audience = audience;
        this.note = note;
        this.authorId = authorId;
        this.authorName = authorName;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public String kind() {
        return kind;
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public OffsetDateTime observedAt() {
        return observedAt;
    }

    public boolean outOfRange() {
        return outOfRange;
    }

    public String audience() {
        return audience;
    }

    /** Narrows who sees the observation (to {@code team-and-child}); the façade checks that it narrows. */
    public void narrowTo(String narrower) {
        this.audience = narrower;
    }

    public String note() {
        return note;
    }

    public UUID authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
