package no.sammen.consent;

import java.time.LocalDate;
import java.util.List;

/**
 * A grant: recipient, categories, purpose and period ({@code from} defaults to today, {@code to} to open-ended).
 */
public record NewConsent(Recipient recipient, List<String> categories, String purpose, LocalDate from, LocalDate to) {
}
