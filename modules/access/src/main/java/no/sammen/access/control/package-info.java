/**
 * How the access module does its work, internal to the module. The rule is split in two so that it is both fast
 * and testable: {@link no.sammen.access.control.CallerContexts} loads, once per request and child, everything the
 * rule needs about the caller (standing on the team, professions, the scopes of those professions, the consents
 * covering them, an emergency access in force) in a few indexed queries; {@link no.sammen.access.control.AccessRule}
 * is a pure function of that context, the category and the action. Nothing that can change outlives the request:
 * only the parsed form of scope versions, which never change once written, is kept ({@link
 * no.sammen.access.control.ScopesInForce}).
 */
package no.sammen.access.control;
