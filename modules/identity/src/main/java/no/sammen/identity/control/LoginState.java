package no.sammen.identity.control;

import java.io.Serializable;
import java.util.UUID;

/**
 * What the HTTP session holds after a login: the server-side login session it belongs to, the ID token to hint
 * at logout, and the synchronizer token that state-changing requests must echo.
 */
record LoginState(UUID loginSessionId, String provider, String idToken, String csrfToken) implements Serializable {

    static final String ATTRIBUTE = "no.sammen.identity.login";
}
