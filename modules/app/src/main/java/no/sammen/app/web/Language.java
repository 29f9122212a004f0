package no.sammen.app.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page language: Norwegian bokmål by default, English on request ({@code ?lang=en}), remembered for the
 * session; otherwise the first of the two in the browser's preferences, and Norwegian when it states none.
 */
@Named("language")
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private Locale chosen;

    public Locale getLocale() {
        var context = FacesContext.getCurrentInstance();
        String requested = context.getExternalContext().getRequestParameterMap().get("lang");
        if ("en".equals(requested)) {
            chosen = Locale.ENGLISH;
        } else if ("nb".equals(requested)) {
            chosen = NORWEGIAN;
        }
        if (chosen != null) {
            return chosen;
        }
        var external = context.getExternalContext();
        if (external.getRequestHeaderMap().get("Accept-Language") != null) {
            for (var it = external.getRequestLocales(); it.hasNext(); ) {
                String language = it.next().getLanguage();
                if (language.equals("nb") || language.equals("no") || language.equals("nn")) {
                    return NORWEGIAN;
                }
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return NORWEGIAN;
    }

    /** The other language, for the switch. */
    public String getOther() {
        return "en".equals(getLocale().getLanguage()) ? "nb" : "en";
    }
}
