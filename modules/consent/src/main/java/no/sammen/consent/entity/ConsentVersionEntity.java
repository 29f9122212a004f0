package no.sammen.consent.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One state a consent had; written once, never changed. */
@Entity
@Table(name = "consent_version", schema = "consent")
public class ConsentVersionEntity {

    @Id
    private UUID id;

    @Column(name = "consent_id", nullable = false, updatable = false)
    private UUID consentId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String status;

    @Column(nullable = false, updatable = false)
    private String categories;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy;

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected ConsentVersionEntity() {
    }

    /** The version the head row is in now. */
    public ConsentVersionEntity(UUID id, ConsentEntity head, UUID changedBy, String changedByName, OffsetDateTime at) {
        this.id = id;
        this.consentId = head.id();
        this.version = head.version();
        this.status = head.status();
        this.categories = head.categories();
        this.purpose = head.purpose();
        this.validFrom = head.validFrom();
        this.validTo = head.validTo();
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = at;
    }

    public UUID consentId() {
        return consentId;
    }

    public int version() {
        return version;
    }

    public String status() {
        return status;
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

    public UUID changedBy() {
        return changedBy;
    }

    public String changedByName() {
        return changedByName;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
