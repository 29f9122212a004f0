package no.sammen.records.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task on a child's record and where it stands. Its transitions, with who made each, are kept on the timeline;
 * the row holds the present state and the assignee's answer. (No nullable UUID columns: EclipseLink's UUID converter
 * fails on a null.)
 */
@Entity
@Table(name = "task", schema = "records")
public class TaskEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String description;

    @Column(name = "assignee_id", nullable = false, updatable = false)
    private UUID assigneeId;

    @Column(updatable = false)
    private LocalDate due;

    @Column(nullable = false, updatable = false)
    private String audience;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "answer_comment")
    private String answerComment;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TaskEntity() {
    }

    public TaskEntity(UUID id, UUID childId, String title, String description, UUID assigneeId, LocalDate due,
                      String audience, UUID createdBy, OffsetDateTime now) {
        this.id = id;
        this.childId = childId;
        this.title = title;
        this.description = description;
        this.assigneeId = assigneeId;
        this.due = due;
        this.audience = audience;
        this.status = "proposed";
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public UUID assigneeId() {
        return assigneeId;
    }

    public LocalDate due() {
        return due;
    }

    public String audience() {
        return audience;
    }

    public String status() {
        return status;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String answerComment() {
        return answerComment;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    /** The assignee's answer: {@code active} on acceptance, {@code declined} otherwise. */
    public void answer(String newStatus, String comment, OffsetDateTime now) {
        this.status = newStatus;
        this.answerComment = comment;
        this.answeredAt = now;
        this.updatedAt = now;
    }

    /** The end of the task: {@code done} or {@code cancelled} (who ended it is the author of its timeline event). */
    public void close(String newStatus, OffsetDateTime now) {
        this.status = newStatus;
        this.closedAt = now;
        this.updatedAt = now;
    }
}
