package no.sammen.audit.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed checkpoint, written once. */
@Entity
@Table(name = "checkpoint", schema = "audit")
public class CheckpointEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false, updatable = false)
    private long entries;

    /** The [chain, position, hash] triples, as JSON (also in the signed payload; verify reads only that). */
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String heads;

    @Column(nullable = false, updatable = false)
    private String jws;

    protected CheckpointEntity() {
    }

    public CheckpointEntity(OffsetDateTime createdAt, long entries, String heads, String jws) {
        this.createdAt = createdAt;
        this.entries = entries;
        this.heads = heads;
        this.jws = jws;
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String jws() {
        return jws;
    }
}
