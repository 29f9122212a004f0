package no.sammen.identity.control;

/** The page a person sees when a login fails: what to do next, in both languages, nothing technical. */
final class FailurePage {

    private FailurePage() {
    }

    static String html(boolean unavailable, String base) {
        String no = unavailable ? "Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt."
                : "Innloggingen ble ikke fullført. Prøv igjen.";
        String en = unavailable ? "The login service is not answering right now. Please try again shortly."
                : "The login was not completed. Please try again.";
        return "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Sammen</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem\">"
                + "<h1>Sammen</h1><p>" + no + "</p><p lang=\"en\">" + en + "</p>"
                + "<p><a href=\"" + base + "/\">Til forsiden / Start page</a></p></body></html>";
    }
}
