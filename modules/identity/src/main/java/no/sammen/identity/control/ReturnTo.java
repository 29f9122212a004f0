package no.sammen.identity.control;

/**
 * Where to send the browser after login. Only a local path is accepted, so that a crafted link cannot turn Sammen
 * into an open redirect; anything else falls back to the home page.
 */
final class ReturnTo {

    static final String HOME = "/app/home.xhtml";

    private ReturnTo() {
    }

    static String sanitise(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > 512) {
            return HOME;
        }
        if (!requested.startsWith("/") || requested.startsWith("//") || requested.startsWith("/\\")) {
            return HOME;
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x21 || c == '\\' || c == 0x7f) {
                return HOME;
            }
        }
        if (requested.startsWith("/login/") || requested.startsWith("/logout")) {
            return HOME;
        }
        return requested;
    }
}
