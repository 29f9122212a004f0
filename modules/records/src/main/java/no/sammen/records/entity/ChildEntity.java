package no.sammen.records.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A child's record. */
@Entity
@Table(name = "child", schema = "records")
public class ChildEntity {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(nullable = false, columnDefinition = "jsonb")
    private String contacts;

    @Column(nullable = false, columnDefinition = "jsonb")
    private String diagnoses;

    @Column(nullable = false, columnDefinition = "jsonb")
    private String medications;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ChildEntity() {
    }

    public ChildEntity(UUID id, UUID personId, String displayName, LocalDate birthDate, String contacts,
                       String diagnoses, String medications, UUID createdBy, OffsetDateTime now) {
        this.id = id;
        this.personId = personId;
        this.displayName = displayName;
        this.birthDate = birthDate;
        this.contacts = contacts;
        this.diagnoses = diagnoses;
        this.medications = medications;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String contacts() {
        return contacts;
    }

    public String diagnoses() {
        return diagnoses;
    }

    public String medications() {
        return medications;
    }

    public long version() {
        return version;
    }

    public void change(String name, String contacts, String diagnoses, String medications, OffsetDateTime now) {
        this.displayName = name;
        this.contacts = contacts;
        this.diagnoses = diagnoses;
        this.medications = medications;
        this.updatedAt = now;
    }
}
