package no.sammen.access;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * "What does this person see?": the family picks a member of the care team and sees, category by category, what
 * the same rule would give that member, limited to what the asking family member may see themself.
 */
public interface Previews {

    List<CategoryView> asMember(ChildRef child, UUID personId);
}
