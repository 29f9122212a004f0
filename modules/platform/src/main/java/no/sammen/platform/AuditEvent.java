package no.sammen.platform;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a capture point saw happen, handed to the {@link AccessJournal}. It says <em>what</em> happened; <em>who</em>
 * (the request's {@link Caller}), <em>when</em> and <em>from where</em> (request id, client address, user agent) are
 * added by the journal from the request's context, so capture points cannot get them wrong.
 *
 * @param kind          the kind of event
 * @param operation     create, read, update, delete or execute (the FHIR AuditEvent action)
 * @param child         the child on whose behalf, or {@code null} (login, scope change)
 * @param categories    the categories of the child's data concerned (may be empty)
 * @param entryIds      ids of the entries concerned (may be empty)
 * @param fields        the fields released or written, empty for "the whole category"
 * @param outcome       what came of it
 * @param basis         on what ground access was given ({@code membership}, {@code guardian}, {@code child},
 *                      {@code consent}, {@code emergency}, {@code administration}), or the reason for a refusal
 * @param purpose       the purpose stated for the access, or {@code null}
 * @param justification free text the person gave (break the glass), or {@code null}; never shown to the family
 * @param subject       who, when the event is not about the request's signed-in caller (a login, a failed
 *                      login), or {@code null} to take the caller from the request
 * @param organisation  the organisation through which the person acted (their care-team membership's, from the
 *                      {@link AccessDecision}), or {@code null} when none is known
 */
public record AuditEvent(Kind kind, Operation operation, ChildRef child, Set<Category> categories, List<String> entryIds,
                         Set<String> fields, Outcome outcome, String basis, String purpose, String justification,
                         Subject subject, String organisation) {

    /** The kinds of event the trail knows. */
    public enum Kind {
        /** A read or write of a child's data. */
        DATA_ACCESS,
        LOGIN, LOGOUT, LOGIN_FAILED,
        /** A consent granted, narrowed or revoked. */
        CONSENT_CHANGE,
        /** A profession's scope changed by an administrator. */
        SCOPE_CHANGE,
        /** Emergency access invoked ("break the glass"). */
        EMERGENCY_ACCESS,
        /** Other administration (audit search, export, verification). */
        ADMINISTRATION
    }

    /** The FHIR AuditEvent actions C, R, U, D, E. */
    public enum Operation {
        CREATE, READ, UPDATE, DELETE, EXECUTE
    }

    /** The FHIR AuditEvent outcomes 0, 4, 8, 12. */
    public enum Outcome {
        /** 0: success. */
        SUCCESS,
        /** 4: minor failure, e.g. refused by the access rule or invalid input; nothing changed. */
        MINOR_FAILURE,
        /** 8: serious failure. */
        SERIOUS_FAILURE,
        /** 12: major failure. */
        MAJOR_FAILURE
    }

    /**
     * Who an event is about when it is not the request's caller.
     *
     * @param personId Sammen's id of the person, or {@code null} when unknown (a failed login)
     * @param label    a display name or, for an unknown person, what is known (e.g. the identity provider)
     */
    public record Subject(java.util.UUID personId, String label) {
    }

    public AuditEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        entryIds = entryIds == null ? List.of() : List.copyOf(entryIds);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }

    /** An event that names no organisation (sign-in, administration). */
    public AuditEvent(Kind kind, Operation operation, ChildRef child, Set<Category> categories, List<String> entryIds,
                      Set<String> fields, Outcome outcome, String basis, String purpose, String justification,
                      Subject subject) {
        this(kind, operation, child, categories, entryIds, fields, outcome, basis, purpose, justification, subject,
                null);
    }
}
