package no.sammen.records.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened in a child's record, written with the entry it describes. */
@Entity
@Table(name = "timeline_event", schema = "records")
public class TimelineEventEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    /** Changes only to narrow it to {@code team-and-child} (the façade's {@code Confidentiality}); never widened. */
    @Column(nullable = false)
    private String audience;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(nullable = false, updatable = false)
    private boolean flagged;

    protected TimelineEventEntity() {
    }

    public TimelineEventEntity(UUID id, UUID childId, OffsetDateTime occurredAt, OffsetDateTime recordedAt,
                               String category, String kind, UUID entryId, String audience, UUID authorId,
                               String summary, boolean flagged) {
        this.id = id;
        this.childId = childId;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.category = category;
        this.kind = kind;
        this.entryId = entryId;
        this.audience = audience;
        this.authorId = authorId;
        this.summary = summary;
        this.flagged = flagged;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String category() {
        return category;
    }

    public String kind() {
        return kind;
    }

    public UUID entryId() {
        return entryId;
    }

    public String audience() {
        return audience;
    }

    public UUID authorId() {
        return authorId;
    }

    public String summary() {
        return summary;
    }

    public boolean flagged() {
        return flagged;
    }
}
