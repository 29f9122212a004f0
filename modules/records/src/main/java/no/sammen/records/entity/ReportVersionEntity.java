package no.sammen.records.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a report, as its author wrote it; never changed. */
@Entity
@Table(name = "report_version", schema = "records")
public class ReportVersionEntity {

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "field_values", nullable = false, updatable = false, columnDefinition = "jsonb")
    private String fieldValues;

    @Column(updatable = false)
    private String note;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ReportVersionEntity() {
    }

    public ReportVersionEntity(UUID id, UUID reportId, int version, String fieldValues, String note, UUID authorId,
                               String authorName, OffsetDateTime recordedAt) {
        this.id = id;
        this.reportId = reportId;
        this.version = version;
        this.fieldValues = fieldValues;
        this.note = note;
        this.authorId = authorId;
        this.authorName = authorName;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public int version() {
        return version;
    }

    public String fieldValues() {
        return fieldValues;
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
