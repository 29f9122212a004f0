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
 * A report: what it is about and the current version's values. The values of every version, the first included,
 * are {@link ReportVersionEntity} rows; a correction appends one and moves the current version here.
 */
@Entity
@Table(name = "report", schema = "records")
public class ReportEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @Column(name = "template_key", nullable = false, updatable = false)
    private String templateKey;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    /** Changes only to narrow it to {@code team-and-child} (the façade's {@code Confidentiality}); never widened. */
    @Column(nullable = false)
    private String audience;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "current_values", nullable = false, columnDefinition = "jsonb")
    private String currentValues;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ReportEntity() {
    }

    public ReportEntity(UUID id, UUID childId, ReportTemplateEntity template, LocalDate occurredOn, String audience,
                        String values, UUID authorId, String authorName, OffsetDateTime now) {
        this.id = id;
        this.childId = childId;
        this.templateId = template.id();
        this.templateKey = template.templateKey();
        this.templateVersion = template.version();
        this.occurredOn = occurredOn;
        this.audience = audience;
        this.currentVersion = 1;
        this.currentValues = values;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public UUID templateId() {
        return templateId;
    }

    public String templateKey() {
        return templateKey;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String audience() {
        return audience;
    }

    /** Narrows who sees the report (to {@code team-and-child}); the façade checks that it narrows. */
    public void narrowTo(String narrower, OffsetDateTime now) {
        this.audience = narrower;
        this.updatedAt = now;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String currentValues() {
        return currentValues;
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

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** Makes the next version current; returns its number. */
    public int correct(String values, OffsetDateTime now) {
        this.currentVersion++;
        this.currentValues = values;
        this.updatedAt = now;
        return currentVersion;
    }
}
