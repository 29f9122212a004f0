package no.sammen.access;

import java.util.List;

/**
 * The administrators' façade for profession scopes. A change is a new version (who, when; nothing overwritten) and
 * is in force from the next request of everyone concerned.
 */
public interface Scopes {

    /** Every profession's scope in force, by profession. */
    List<Scope> all();

    /** Every version of a profession's scope, oldest first. */
    List<Scope> history(String profession);

    /** Sets a profession's scope (administrators only). */
    Scope change(String profession, ScopeChange change);
}
