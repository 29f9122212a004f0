package no.sammen.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import no.sammen.platform.Category;

/**
 * What the access rule asks while deciding: which categories of a child's record the family's consents in force on
 * a day cover for a recipient (the person, any of their professions, any of their organisations). It takes plain
 * ids because the rule asks it while deciding; it tells the rule only, never a caller. One indexed query, no cache.
 */
public interface ConsentCoverage {

    Set<Category> covered(UUID childId, UUID personId, Set<String> professions, Set<String> organisations,
                          LocalDate day);

    /** The data categories the family chose to show its guardians (all until it chooses). */
    Set<Category> guardiansSee(UUID childId);
}
