package no.sammen.app.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.SammenException;

/**
 * What went wrong with a form, in words for the page, per field, so that each message stands next to the field it is
 * about. A façade names fields and says what is wrong in English; the common rules are put in the page's language
 * here, anything else is shown as the façade said it.
 */
final class FormErrors {

    private static final Pattern TOO_LONG = Pattern.compile("must be at most (\\d+) characters");

    private final Map<String, String> byKey = new LinkedHashMap<>();

    /**
     * Takes in a façade's failure. Invalid input goes to its fields ({@code prefix + field}); a conflict or a refusal
     * goes to {@code whole}, the key of the form (or row) as a whole.
     */
    void add(SammenException failure, String prefix, String whole) {
        if (failure instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError error : invalid.errors()) {
                byKey.putIfAbsent(prefix + error.field(), fieldMessage(error));
            }
        } else if (failure instanceof ConflictException) {
            byKey.putIfAbsent(whole, PageTexts.text("form.conflict"));
        } else if (failure instanceof AccessDeniedException) {
            byKey.putIfAbsent(whole, PageTexts.text("form.denied"));
        } else {
            byKey.putIfAbsent(whole, PageTexts.text("form.failed"));
        }
    }

    /** The message for {@code key}, or {@code null}. */
    String get(String key) {
        return byKey.get(key);
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The messages by key, for the page ({@code #{bean.errors['title']}}). */
    Map<String, String> asMap() {
        return byKey;
    }

    private static String fieldMessage(InvalidInputException.FieldError error) {
        String message = error.message();
        String specific = "form.error." + error.field();
        if ("is required".equals(message)) {
            return PageTexts.has(specific + ".required") ? PageTexts.text(specific + ".required")
                    : PageTexts.text("form.required");
        }
        Matcher tooLong = TOO_LONG.matcher(message);
        if (tooLong.matches()) {
            return PageTexts.text("form.tooLong", Integer.valueOf(tooLong.group(1)));
        }
        if (PageTexts.has(specific)) {
            return PageTexts.text(specific);
        }
        return message;
    }
}
