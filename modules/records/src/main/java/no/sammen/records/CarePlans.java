package no.sammen.records;

import java.util.List;

import no.sammen.platform.ChildRef;

/**
 * The records module's façade for the advance care plan: a versioned document the care team writes, a physician
 * signs off, and the family usually reads.
 *
 * <p><b>Audience.</b> Each version has its own audience. A version's audience defaults to {@code team-and-family},
 * unlike other entries (which default to {@code team}): the advance care plan is made together with the family, who
 * take part in its decisions, so hiding it from them must be a deliberate choice. The family sees only the versions
 * shared with it; for them the "current" plan is the newest version shared with them. Only the care team writes.
 *
 * <p><b>Concurrent edits.</b> A change names the version it was based on; if the plan has moved on, it is refused as
 * a conflict. Two changes made at the same moment from the same version cannot both win either: the plan's pointer
 * row carries an optimistic lock, and version numbers are unique per child.
 */
public interface CarePlans {

    /** The current version; not found if the plan has no version the caller may see. */
    CarePlanVersion current(ChildRef child);

    /** Writes a new version (the first if {@code basedOnVersion} is absent). */
    CarePlanVersion revise(ChildRef child, CarePlanChange change);

    /** The versions the caller may see, newest first. */
    List<CarePlanVersionSummary> versions(ChildRef child);

    CarePlanVersion version(ChildRef child, int number);

    /** A readable comparison of two versions, section by section. */
    CarePlanDiff diff(ChildRef child, int from, int to);

    /** Records a physician's sign-off of the current version. */
    CarePlanVersion signOff(ChildRef child, int number);
}
