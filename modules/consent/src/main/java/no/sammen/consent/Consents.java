package no.sammen.consent;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The family's façade for a child's consents. Reading is for the family and the care team (so that everyone knows
 * what was agreed); changing is for whoever the access rule lets consent for the child (its guardians, or the
 * adolescent from the health-law age). Every change takes effect on the recipient's very next request.
 */
public interface Consents {

    /** The child's consents, current first, each with its history. */
    List<Consent> list(ChildRef child);

    /** Grants a consent; pending until the other guardian approves when both must agree. */
    Consent grant(ChildRef child, NewConsent consent);

    /** Narrows a consent (fewer categories, an earlier end, another purpose). */
    Consent narrow(ChildRef child, UUID consentId, ConsentChange change);

    /** Approves a pending grant of the other guardian. */
    Consent approve(ChildRef child, UUID consentId);

    /** Revokes a consent with immediate effect. */
    Consent revoke(ChildRef child, UUID consentId);

    /** What the family chose to see itself (every data category until it chooses). */
    FamilyChoice familyChoice(ChildRef child);

    /** Changes what the family's guardians are shown, from their next request. */
    FamilyChoice chooseForFamily(ChildRef child, FamilyChoice choice);
}
