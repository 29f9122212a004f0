package no.sammen.media;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A version of a child's "Know me" page as released to the caller.
 *
 * @param version       its number (0: nothing written yet); send it back as {@code basedOnVersion} to change the page
 * @param changedBy     who wrote it, or {@code null} for version 0
 * @param changedByName their name as it was when they wrote it
 * @param changedAt     when, or {@code null} for version 0
 * @param sections      the sections in order
 */
public record KnowMePage(int version, UUID changedBy, String changedByName, OffsetDateTime changedAt,
                         List<KnowMeSection> sections) {

    public KnowMePage {
        sections = List.copyOf(sections);
    }
}
