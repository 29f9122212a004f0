package no.sammen.app.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/** The page's texts ({@code messages*.properties}, as {@code #{msg}} sees them) for the beans that compose words. */
final class PageTexts {

    private PageTexts() {
    }

    /** The text for {@code key} in the page's language, its {@code {0}}... filled in; the key itself if unknown. */
    static String text(String key, Object... args) {
        ResourceBundle bundle = bundle();
        if (bundle == null || !bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Whether the page's texts have {@code key}. */
    static boolean has(String key) {
        ResourceBundle bundle = bundle();
        return bundle != null && bundle.containsKey(key);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.forLanguageTag("nb")
                : context.getViewRoot().getLocale();
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? null : context.getApplication().getResourceBundle(context, "msg");
    }
}
