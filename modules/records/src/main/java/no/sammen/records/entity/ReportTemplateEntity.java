package no.sammen.records.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a report template; never changed once written. */
@Entity
@Table(name = "report_template", schema = "records")
public class ReportTemplateEntity {

    @Id
    private UUID id;

    @Column(name = "template_key", nullable = false, updatable = false)
    private String templateKey;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "title_en", nullable = false, updatable = false)
    private String titleEn;

    @Column(nullable = false, updatable = false)
    private boolean active;

    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String fields;

    /** Who made this version; the nil UUID for the templates that ship with Sammen. */
    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ReportTemplateEntity() {
    }

    public ReportTemplateEntity(UUID id, String templateKey, int version, String title, String titleEn,
                                boolean active, String fields, UUID createdBy, OffsetDateTime createdAt) {
        this.id = id;
        this.templateKey = templateKey;
        this.version = version;
        this.title = title;
        this.titleEn = titleEn;
        this.active = active;
        this.fields = fields;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String templateKey() {
        return templateKey;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    public boolean active() {
        return active;
    }

    public String fields() {
        return fields;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
