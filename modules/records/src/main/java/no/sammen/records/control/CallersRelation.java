package no.sammen.records.control;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import no.sammen.platform.Caller;
import no.sammen.records.CallerRelations;
import no.sammen.records.Relation;

/** The caller's relation to a child, from the request's {@link Relations}. */
@ApplicationScoped
public class CallersRelation implements CallerRelations {

    @Inject
    Provider<Caller> callers;

    @Inject
    Relations relations;

    @Override
    public Relation of(UUID childId) {
        return relations.of(callers.get().personId(), childId);
    }
}
