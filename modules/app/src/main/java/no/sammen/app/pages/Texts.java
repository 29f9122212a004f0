package no.sammen.app.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * The pages' texts ({@code messages*.properties}) in the language of the page being rendered, for what the beans
 * say themselves: field errors, confirmations, labels of values.
 */
final class Texts {

    private Texts() {
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
            return context.getViewRoot().getLocale();
        }
        return Locale.forLanguageTag("nb");
    }

    static boolean english() {
        return "en".equals(locale().getLanguage());
    }

    /** The text under {@code key}, with {@code {0}}, {@code {1}}, ... filled in; the key itself if there is none. */
    static String get(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern;
        try {
            ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
            pattern = bundle == null ? key : bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** Whether the pages have a text under {@code key}. */
    static boolean has(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle != null && bundle.containsKey(key);
    }

    /** Shows a message at the top of the page that survives the redirect after a successful post. */
    static void confirmAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String text = get(key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A message at the top of the page ({@code clientId == null}) or next to the component it names. */
    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
