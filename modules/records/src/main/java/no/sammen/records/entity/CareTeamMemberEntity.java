package no.sammen.records.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One membership of a child's care team, for a period. */
@Entity
@Table(name = "care_team_member", schema = "records")
public class CareTeamMemberEntity {

    @Id
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String profession;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "team_role", nullable = false)
    private String teamRole;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "added_by", nullable = false, updatable = false)
    private UUID addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected CareTeamMemberEntity() {
    }

    public CareTeamMemberEntity(UUID id, UUID childId, UUID personId, String displayName, String profession,
                                String organisation, String teamRole, LocalDate validFrom, LocalDate validTo,
                                UUID addedBy, OffsetDateTime addedAt) {
        this.id = id;
        this.childId = childId;
        this.personId = personId;
        this.displayName = displayName;
        this.profession = profession;
        this.organisation = organisation;
        this.teamRole = teamRole;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public UUID personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public String profession() {
        return profession;
    }

    public String organisation() {
        return organisation;
    }

    public String teamRole() {
        return teamRole;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }
}
