package no.sammen.messaging.boundary;

import java.security.Principal;

import no.sammen.platform.Caller;

/** The caller a live-feed handshake was authenticated as, handed from the handshake filter to the endpoint. */
record LivePrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.personId().toString();
    }
}
