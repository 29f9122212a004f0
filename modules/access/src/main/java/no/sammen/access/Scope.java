package no.sammen.access;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A profession's scope as in force, per category (API names); a category not named is outside the scope.
 *
 * @param profession HPR code ({@code FT}, {@code SP}, ...) or assigned role ({@code teacher}, {@code coordinator}, ...)
 * @param version    the version in force, which a change names as {@code basedOnVersion}
 * @param changedBy  who made this version ({@code null}: shipped with Sammen)
 * @param changedAt  when
 */
public record Scope(String profession, Map<String, CategoryScope> categories, int version, UUID changedBy,
                    OffsetDateTime changedAt) {

    public Scope {
        categories = Map.copyOf(categories);
    }
}
