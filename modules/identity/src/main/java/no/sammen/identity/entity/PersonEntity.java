package no.sammen.identity.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person known to Sammen. */
@Entity
@Table(name = "person", schema = "identity")
@NamedQuery(name = PersonEntity.BY_NATIONAL_ID_HASH,
        query = "select p from PersonEntity p where p.nationalIdHash = :hash")
public class PersonEntity {

    public static final String BY_NATIONAL_ID_HASH = "PersonEntity.byNationalIdHash";

    @Id
    private UUID id;

    @Column(name = "national_id_hash", nullable = false, unique = true, updatable = false)
    private byte[] nationalIdHash;

    @Column(name = "national_id_cipher", nullable = false)
    private byte[] nationalIdCipher;

    @Column(name = "national_id_key_id", nullable = false)
    private String nationalIdKeyId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "hpr_number")
    private String hprNumber;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "hpr_professions", nullable = false)
    private List<String> hprProfessions = new ArrayList<>();

    @Convert(converter = CodeListConverter.class)
    @Column(name = "assigned_roles", nullable = false)
    private List<String> assignedRoles = new ArrayList<>();

    @Column(nullable = false)
    private boolean administrator;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    protected PersonEntity() {
    }

    public PersonEntity(UUID id, byte[] nationalIdHash, byte[] nationalIdCipher, String nationalIdKeyId,
                        String displayName, LocalDate birthDate, OffsetDateTime createdAt) {
        this.id = id;
        this.nationalIdHash = nationalIdHash.clone();
        this.nationalIdCipher = nationalIdCipher.clone();
        this.nationalIdKeyId = nationalIdKeyId;
        this.displayName = displayName;
        this.birthDate = birthDate;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public void rename(String name) {
        this.displayName = name;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String hprNumber() {
        return hprNumber;
    }

    public List<String> hprProfessions() {
        return List.copyOf(hprProfessions);
    }

    /** Records the HPR number and professions the health-sector provider asserted at this login. */
    public void authorisedAs(String hprNumber, List<String> professions) {
        this.hprNumber = hprNumber;
        this.hprProfessions = new ArrayList<>(professions);
    }

    public List<String> assignedRoles() {
        return List.copyOf(assignedRoles);
    }

    public void assignRoles(List<String> roles) {
        var merged = new LinkedHashSet<>(assignedRoles);
        merged.addAll(roles);
        this.assignedRoles = new ArrayList<>(merged);
    }

    /** Sets the assigned roles whole (an administrator's decision): roles not listed are taken away. */
    public void replaceAssignedRoles(List<String> roles) {
        this.assignedRoles = new ArrayList<>(new LinkedHashSet<>(roles));
    }

    public boolean administrator() {
        return administrator;
    }

    /** Administrator or not, as configuration says (ADR 0033): nothing else makes or unmakes one. */
    public void administrator(boolean listed) {
        this.administrator = listed;
    }

    /** The keyed hash of the national identity number (not the number). */
    public byte[] nationalIdHash() {
        return nationalIdHash.clone();
    }

    public byte[] nationalIdCipher() {
        return nationalIdCipher.clone();
    }

    public String nationalIdKeyId() {
        return nationalIdKeyId;
    }

    /** When the person last signed in through a browser, or {@code null}. */
    public OffsetDateTime lastLoginAt() {
        return lastLoginAt;
    }

    public void loggedInAt(OffsetDateTime when) {
        this.lastLoginAt = when;
    }
}
