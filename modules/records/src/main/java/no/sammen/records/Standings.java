package no.sammen.records;

import java.util.Set;
import java.util.UUID;

/**
 * The records module's answer to the access rule: how a person stands to a child today. It takes plain ids, not a
 * {@link no.sammen.platform.ChildRef}, because the access rule asks it while deciding (a guarded method would ask
 * the rule again); it reveals nothing to a caller, only to the rule, and is looked up once per request and pair.
 */
public interface Standings {

    Standing of(UUID personId, UUID childId);

    /**
     * The people who stand to the child today: the care team's members in their period, the guardians and the child.
     * For what a module does on its own account (e.g. who a new chat message is announced to; each is still held to
     * the rule when they read), never to answer a caller.
     */
    Set<UUID> people(UUID childId);
}
