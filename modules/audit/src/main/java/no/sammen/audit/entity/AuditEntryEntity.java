package no.sammen.audit.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.sammen.audit.control.ChainedEntry;

/**
 * One row of the trail, written once. Nothing is updatable: the database refuses changes to the application's role
 * anyway (ADR 0012). Reading goes through native queries over {@code audit.entry_history}, which includes the
 * archive.
 */
@Entity
@Table(name = "entry", schema = "audit")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String chain;
    @Column(nullable = false, updatable = false)
    private long position;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(nullable = false, updatable = false)
    private String operation;
    @Column(nullable = false, updatable = false)
    private String outcome;
    @Column(name = "person_id", updatable = false)
    private String personId;
    @Column(name = "person_name", updatable = false)
    private String personName;
    @Column(updatable = false)
    private String professions;
    @Column(name = "hpr_number", updatable = false)
    private String hprNumber;
    @Column(updatable = false)
    private String organisation;
    @Column(name = "child_id", updatable = false)
    private String childId;
    @Column(nullable = false, updatable = false)
    private String categories;
    @Column(name = "entry_ids", nullable = false, updatable = false)
    private String entryIds;
    @Column(nullable = false, updatable = false)
    private String fields;
    @Column(updatable = false)
    private String basis;
    @Column(updatable = false)
    private String purpose;
    @Column(updatable = false)
    private String justification;
    @Column(name = "request_id", updatable = false)
    private String requestId;
    @Column(name = "client_address", updatable = false)
    private String clientAddress;
    @Column(name = "user_agent", updatable = false)
    private String userAgent;
    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;
    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntryEntity() {
    }

    public AuditEntryEntity(ChainedEntry e) {
        chain = e.chain();
        position = e.position();
        recordedAt = e.recordedAt().atOffset(ZoneOffset.UTC);
        kind = e.kind();
        operation = e.operation();
        outcome = e.outcome();
        personId = e.personId();
        personName = e.personName();
        professions = e.professions();
        hprNumber = e.hprNumber();
        organisation = e.organisation();
        childId = e.childId();
        categories = e.categories();
        entryIds = e.entryIds();
        fields = e.fields();
        basis = e.basis();
        purpose = e.purpose();
        justification = e.justification();
        requestId = e.requestId();
        clientAddress = e.clientAddress();
        userAgent = e.userAgent();
        previousHash = e.previousHash();
        hash = e.hash();
    }

    public Long id() {
        return id;
    }

    public String hash() {
        return hash;
    }
}
