package no.sammen.access.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import no.sammen.platform.Category;
import no.sammen.records.Relation;

/**
 * Everything the rule needs to know about one person and one child, loaded once per request.
 *
 * @param relation   how the person stands to the child
 * @param childAge   the child's age in whole years (0 when there is no relation)
 * @param readable   per category, the fields the person's professions may read (merged over their professions)
 * @param writable   per category, the fields they may write
 * @param consented  the categories the family's consents in force cover for them
 * @param emergency  whether an emergency access of theirs is in force
 * @param familySees for a guardian, the data categories the family chose to be shown
 * @param organisation for a team member, the organisation(s) of their current memberships of this child's team
 *                   (sorted, joined with {@code "; "}), named in the audit trail; {@code null} otherwise
 */
public record CallerContext(Relation relation, int childAge, Map<Category, Set<String>> readable,
                            Map<Category, Set<String>> writable, Set<Category> consented, boolean emergency,
                            Set<Category> familySees, String organisation) {

    public CallerContext {
        readable = readable.isEmpty() ? Map.of() : new EnumMap<>(readable);
        writable = writable.isEmpty() ? Map.of() : new EnumMap<>(writable);
        consented = Set.copyOf(consented);
        familySees = Set.copyOf(familySees);
    }

    /** A context without an organisation. */
    public CallerContext(Relation relation, int childAge, Map<Category, Set<String>> readable,
                         Map<Category, Set<String>> writable, Set<Category> consented, boolean emergency,
                         Set<Category> familySees) {
        this(relation, childAge, readable, writable, consented, emergency, familySees, null);
    }

    /** A context in which the family has not narrowed what its guardians see. */
    public CallerContext(Relation relation, int childAge, Map<Category, Set<String>> readable,
                         Map<Category, Set<String>> writable, Set<Category> consented, boolean emergency) {
        this(relation, childAge, readable, writable, consented, emergency, AccessRule.DATA);
    }

    /** No relation: the child does not exist for this person. */
    public static CallerContext none() {
        return new CallerContext(Relation.NONE, 0, Map.of(), Map.of(), Set.of(), false);
    }
}
