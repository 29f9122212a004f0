package no.sammen.identity;

import java.util.List;
import java.util.UUID;

/**
 * The roles an administrator grants and takes away: the care coordinator who creates children and runs their teams,
 * the data protection officer, and the professions that come with no HPR authorisation (social worker, teacher,
 * personal assistant). A change holds from the person's next request. Administrators themselves are named by
 * configuration only ({@code sammen.bootstrap.roles}), so nobody can make themselves one through Sammen.
 */
public interface Roles {

    /** The roles an administrator may assign, in the order a form shows them. */
    List<String> assignable();

    /**
     * Everyone who holds an assigned role or administers Sammen, by name; with a role, only those holding it.
     *
     * @param role one of {@link #assignable()}, or {@code null} for everyone
     */
    List<RoleHolder> holders(String role);

    /**
     * Sets the roles of the person with this national identity number whole, registering them under {@code name}
     * if they have never signed in (they hold the roles from their first sign-in). Nothing is kept when it fails.
     */
    RoleHolder grant(NationalId nationalId, String name, List<String> roles);

    /** Sets the roles of a known person whole; an empty list takes every assigned role away. */
    RoleHolder assign(UUID personId, List<String> roles);
}
