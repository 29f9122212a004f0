package no.sammen.audit.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.platform.AccessJournal;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.LogSafe;
import no.sammen.platform.RequestIds;
import no.sammen.platform.RequestOrigin;
import no.sammen.platform.SammenException;

/**
 * The sink: writes each event as an entry of the hash chain in PostgreSQL, completed with who (the request's
 * {@link Caller}, or the event's subject, and the organisation the access decision named), when (now, UTC) and from where (request id, client address, user agent
 * bound to the request's thread). A success joins the caller's transaction or commits before returning; a refusal
 * or failure commits on its own. Nothing is queued in memory: when the row cannot be written, {@code record} throws.
 */
@ApplicationScoped
public class DatabaseAccessJournal implements AccessJournal {

    @Inject
    ChainWriter writer;

    @Inject
    Provider<Caller> callers;

    /**
     * How many chains each child's entries are spread over (ADR 0011, 0027): an append takes the first of them whose
     * head no other transaction holds, so concurrent accesses to one child queue only when all are held.
     */
    @Inject
    @ConfigProperty(name = "sammen.audit.chains-per-child", defaultValue = "16")
    int chainsPerChild;

    @Override
    public void record(AuditEvent event) {
        Who who = who(event);
        List<String> chains = chains(event);
        RequestOrigin origin = RequestOrigin.current();
        String requestId = RequestIds.current();
        var build = (java.util.function.Function<ChainWriter.Link, ChainedEntry>) link -> new ChainedEntry(link.chain(),
                link.position(), link.now(), event.kind().name(), event.operation().name(), event.outcome().name(),
                who.personId(), who.name(), who.professions(), who.hprNumber(), clean(event.organisation()),
                event.child() == null ? null : event.child().id().toString(),
                event.categories().stream().map(Category::apiName).sorted().collect(Collectors.joining(",")),
                String.join(",", event.entryIds()), joinSorted(event.fields()), clean(event.basis()),
                clean(event.purpose()), clean(event.justification()), requestId,
                origin == null ? null : origin.clientAddress(), origin == null ? null : origin.userAgent(),
                link.previousHash());
        if (event.outcome() == AuditEvent.Outcome.SUCCESS) {
            writer.append(chains, build);
        } else {
            writer.appendAlone(chains, build);
        }
    }

    /** The chains an event's entry may go to: the child's (ADR 0011, 0027), or the system chain. */
    List<String> chains(AuditEvent event) {
        if (event.child() == null) {
            return List.of(ChainedEntry.SYSTEM_CHAIN);
        }
        List<String> chains = new ArrayList<>(chainsPerChild);
        for (int n = 0; n < chainsPerChild; n++) {
            chains.add(event.child().id() + "/" + n);
        }
        return chains;
    }

    private Who who(AuditEvent event) {
        if (event.subject() != null) {
            return new Who(event.subject().personId() == null ? null : event.subject().personId().toString(),
                    clean(event.subject().label()), null, null);
        }
        try {
            Caller caller = callers.get();
            return new Who(caller.personId().toString(), clean(caller.displayName()),
                    String.join(",", caller.professions()), caller.hprNumber());
        } catch (SammenException | jakarta.enterprise.context.ContextNotActiveException notSignedIn) {
            return new Who(null, "not signed in", null, null);
        }
    }

    private static String joinSorted(Collection<String> values) {
        return values.stream().map(DatabaseAccessJournal::clean).sorted().collect(Collectors.joining(","));
    }

    /** Neutralised (no line breaks or control characters) and bounded, as everything that may end up in a log. */
    private static String clean(String value) {
        return value == null ? null : LogSafe.value(value);
    }

    private record Who(String personId, String name, String professions, String hprNumber) {
    }
}
