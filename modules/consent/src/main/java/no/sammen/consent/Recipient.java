package no.sammen.consent;

/**
 * Who a consent is for.
 *
 * @param kind  {@code person}, {@code profession} or {@code organisation}
 * @param value the person's id, the profession's code ({@code FT}, {@code teacher}, ...) or the organisation's name
 * @param label how to show the recipient (a person's name; for others the value)
 */
public record Recipient(String kind, String value, String label) {

    public static final String PERSON = "person";
    public static final String PROFESSION = "profession";
    public static final String ORGANISATION = "organisation";
}
