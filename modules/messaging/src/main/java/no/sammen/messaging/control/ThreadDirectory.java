package no.sammen.messaging.control;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.sammen.platform.ChildRef;
import no.sammen.platform.NotFoundException;

/**
 * Which child a thread belongs to, for the resources addressed by thread id: they pass it to the guarded façade,
 * which decides. A thread that does not exist and one of a child the caller is not related to answer alike (404).
 */
@ApplicationScoped
public class ThreadDirectory {

    @Inject
    ThreadRows threads;

    public ChildRef childOf(UUID threadId) {
        UUID child = threads.childOf(threadId);
        if (child == null) {
            throw new NotFoundException("The thread");
        }
        return new ChildRef(child);
    }
}
