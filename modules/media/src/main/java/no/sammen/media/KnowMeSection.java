package no.sammen.media;

import java.util.List;

/**
 * One section of the "Know me" page.
 *
 * @param title    what it is about ("Når Emma lager denne lyden ...")
 * @param text     the explanation
 * @param media    the photos and videos the caller may see, in the order they were attached
 * @param withheld how many attached items the media access rule does not release to the caller (their scope or the
 *                 family's consent leaves out media); items whose audience excludes the caller are not counted
 */
public record KnowMeSection(String title, String text, List<MediaItem> media, int withheld) {

    public KnowMeSection {
        media = List.copyOf(media);
    }
}
