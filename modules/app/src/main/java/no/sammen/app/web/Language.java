package no.sammen.app.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

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

    /**
     * The query of the page in the other language: this page's own query (which child, which report) with
     * {@code lang} set to the other language, so that switching keeps the person where they are.
     */
    public String getSwitchQuery() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        StringBuilder query = new StringBuilder();
        if ("GET".equals(request.getMethod())) {
            String current = request.getQueryString();
            if (current != null) {
                for (String pair : current.split("&")) {
                    if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                        query.append(pair).append('&');
                    }
                }
            }
        }
        return query.append("lang=").append(getOther()).toString();
    }

    /** The other language, for the switch. */
    public String getOther() {
        return "en".equals(getLocale().getLanguage()) ? "nb" : "en";
    }
}
