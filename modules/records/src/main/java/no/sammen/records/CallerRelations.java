package no.sammen.records;

import java.util.UUID;

/**
 * How the current caller stands to a child, for other modules that narrow their own queries by audience (the family
 * sees only what is shared with the family) inside a method the access rule has already guarded. It reads the same
 * per-request answer the access rule used, and records nothing in the audit trail: it is not a read of the child's
 * data. {@link Relation#NONE} for a child that does not exist or is not the caller's. It takes the child's id, not a
 * {@link no.sammen.platform.ChildRef}: it is no child-scoped read, so it is not guarded (and must not be used to
 * decide access: that is the access rule's alone).
 */
public interface CallerRelations {

    Relation of(UUID childId);
}
