package no.sammen.consent.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consent's current state. Changed only together with a new {@link ConsentVersionEntity}. */
@Entity
@Table(name = "consent", schema = "consent")
public class ConsentEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "recipient_kind", nullable = false, updatable = false)
    private String recipientKind;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "recipient_label", nullable = false, updatable = false)
    private String recipientLabel;

    @Column(nullable = false)
    private String categories;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int version;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private UUID grantedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_by", nullable = false)
    private UUID changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected ConsentEntity() {
    }

    public ConsentEntity(UUID id, UUID childId, String recipientKind, String recipient, String recipientLabel,
                         String categories, String purpose, LocalDate validFrom, LocalDate validTo, String status,
                         UUID grantedBy, OffsetDateTime now) {
        this.id = id;
        this.childId = childId;
        this.recipientKind = recipientKind;
        this.recipient = recipient;
        this.recipientLabel = recipientLabel;
        this.categories = categories;
        this.purpose = purpose;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.status = status;
        this.version = 1;
        this.grantedBy = grantedBy;
        this.createdAt = now;
        this.changedBy = grantedBy;
        this.changedAt = now;
    }

    /** The next state; returns its version number. */
    public int change(String categories, String purpose, LocalDate validTo, String status, UUID by,
                      OffsetDateTime now) {
        this.categories = categories;
        this.purpose = purpose;
        this.validTo = validTo;
        this.status = status;
        this.changedBy = by;
        this.changedAt = now;
        return ++version;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public String recipientKind() {
        return recipientKind;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientLabel() {
        return recipientLabel;
    }

    public String categories() {
        return categories;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String status() {
        return status;
    }

    public int version() {
        return version;
    }

    public UUID grantedBy() {
        return grantedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
