package no.sammen.records.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A guardian of the child, or the child themself. */
@Entity
@Table(name = "family_member", schema = "records")
@IdClass(FamilyMemberEntity.Key.class)
public class FamilyMemberEntity {

    /** Composite key: child and person. */
    public record Key(UUID childId, UUID personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "child_id")
    private UUID childId;

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(nullable = false)
    private String relation;

    @Column(name = "added_by", nullable = false)
    private UUID addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected FamilyMemberEntity() {
    }

    public FamilyMemberEntity(UUID childId, UUID personId, String relation, UUID addedBy, OffsetDateTime addedAt) {
        this.childId = childId;
        this.personId = personId;
        this.relation = relation;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public UUID childId() {
        return childId;
    }

    public UUID personId() {
        return personId;
    }

    public String relation() {
        return relation;
    }
}
