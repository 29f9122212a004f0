package no.sammen.platform;

import java.util.UUID;

/**
 * An entry of a child's record that a {@link ChildAccess} method returns (a report, a task, an observation, ...).
 * The access guard names the ids of the entries a call returned in its audit entry: a returned value that is one,
 * or a collection of them. Ids a method takes as {@link UUID} parameters are named too.
 */
public interface ChildEntry {

    /** The entry's id. */
    UUID id();
}
