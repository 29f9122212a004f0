package no.sammen.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The records module's façade for children, their families and their care teams.
 */
public interface Children {

    /** The children the caller is related to today, narrowed in the query. */
    List<ChildSummary> mine();

    /** Registers a child; only a coordinator may. */
    ChildSummary register(NewChild child);

    ChildProfile profile(ChildRef child);

    ChildProfile changeProfile(ChildRef child, ProfileChange change);

    /** The care team, current and past memberships. */
    List<TeamMember> team(ChildRef child);

    TeamMember addMember(ChildRef child, NewMember member);

    /** Ends a membership on {@code lastDay} (today if {@code null}). */
    TeamMember endMembership(ChildRef child, UUID membershipId, LocalDate lastDay);

    List<FamilyMember> family(ChildRef child);

    FamilyMember addGuardian(ChildRef child, NewGuardian guardian);

    /** How the caller stands to the child (for pages that adapt to it). */
    Relation relation(ChildRef child);
}
