package no.sammen.access;

import java.util.List;

import no.sammen.platform.ChildRef;
import no.sammen.platform.Justification;

/**
 * Emergency access: a member of the care team reads the whole record for a limited time
 * ({@code sammen.access.emergency-hours}, default 4) on their own authority, with a reason that the audit keeps;
 * the coordinator and the family see a notice.
 */
public interface Emergencies {

    /** Breaks the glass for the caller, who must be on the child's care team. */
    EmergencyAccess breakGlass(ChildRef child, Justification reason);

    /** The child's emergency accesses of the last 30 days, newest first: the notices. */
    List<EmergencyAccess> notices(ChildRef child);
}
