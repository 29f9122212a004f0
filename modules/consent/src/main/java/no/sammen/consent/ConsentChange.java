package no.sammen.consent;

import java.time.LocalDate;
import java.util.List;

/**
 * A narrowing of a consent: fewer categories, a shorter period, another purpose text. Fields left {@code null}
 * stay. Widening is a new grant (so that, where both guardians must agree, it waits for both).
 *
 * @param basedOnVersion the version the change was made from (a stale one is a conflict)
 */
public record ConsentChange(Integer basedOnVersion, List<String> categories, String purpose, LocalDate to) {
}
