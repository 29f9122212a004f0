package no.sammen.access.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One version of a profession's scope. Written once; the highest version is in force. */
@Entity
@Table(name = "scope_version", schema = "access")
@IdClass(ScopeVersionEntity.Key.class)
public class ScopeVersionEntity {

    /** The key: profession and version. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String profession;
        private int version;

        public Key() {
        }

        public Key(String profession, int version) {
            this.profession = profession;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.profession, profession);
        }

        @Override
        public int hashCode() {
            return Objects.hash(profession, version);
        }
    }

    @Id
    @Column(nullable = false, updatable = false)
    private String profession;

    @Id
    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String definition;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected ScopeVersionEntity() {
    }

    public ScopeVersionEntity(String profession, int version, String definition, UUID changedBy,
                              OffsetDateTime changedAt) {
        this.profession = profession;
        this.version = version;
        this.definition = definition;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String profession() {
        return profession;
    }

    public int version() {
        return version;
    }

    public String definition() {
        return definition;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
