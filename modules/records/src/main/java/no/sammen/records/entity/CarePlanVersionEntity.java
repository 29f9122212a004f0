package no.sammen.records.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a child's advance care plan: written once, never changed (a sign-off is a row of its own). */
@Entity
@Table(name = "care_plan_version", schema = "records")
public class CarePlanVersionEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String sections;

    @Column(nullable = false, updatable = false)
    private String audience;

    @Column(name = "change_note", updatable = false)
    private String changeNote;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CarePlanVersionEntity() {
    }

    public CarePlanVersionEntity(UUID id, UUID childId, int number, String sections, String audience,
                                 String changeNote, UUID authorId, String authorName, OffsetDateTime createdAt) {
        this.id = id;
        this.childId = childId;
        this.number = number;
        this.sections = sections;
        this.audience = audience;
        this.changeNote = changeNote;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public int number() {
        return number;
    }

    public String sections() {
        return sections;
    }

    public String audience() {
        return audience;
    }

    public String changeNote() {
        return changeNote;
    }

    public UUID authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
