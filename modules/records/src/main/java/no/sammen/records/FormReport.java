package no.sammen.records;

import java.time.LocalDate;
import java.util.Map;

/**
 * A report as a web form submits it: every value a string, read by the field's type before the same validation as
 * {@link NewReport}. A blank string is no value. Numbers take a decimal point or comma; {@code scale} and
 * {@code duration} take whole numbers (minutes for a duration); {@code yes-no} takes {@code true}/{@code false}
 * (also {@code yes}/{@code no}, {@code ja}/{@code nei}, {@code on}); {@code multiple-choice} takes the chosen option
 * values separated by commas; {@code time} takes {@code HH:mm}.
 *
 * @param templateKey     the template's key
 * @param templateVersion the version the form was built from; {@code null} means the latest
 * @param occurredOn      the day the report is about; {@code null} means today
 * @param audience        {@code team} or {@code team-and-family}; {@code null} means {@code team}
 * @param values          field key → the string the form submitted
 */
public record FormReport(String templateKey, Integer templateVersion, LocalDate occurredOn, String audience,
                         Map<String, String> values) {
}
