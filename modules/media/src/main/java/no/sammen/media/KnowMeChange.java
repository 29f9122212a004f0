package no.sammen.media;

import java.util.List;

/**
 * A new version of the whole "Know me" page.
 *
 * @param basedOnVersion the version the writer started from (0 for the first); anything else than the newest is a
 *                       conflict
 * @param sections       the page's sections in order (at most {@value KnowMeChange#MAX_SECTIONS})
 */
public record KnowMeChange(Integer basedOnVersion, List<Section> sections) {

    public static final int MAX_SECTIONS = 40;
    public static final int MAX_TITLE = 160;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_MEDIA = 12;

    /**
     * One section as written.
     *
     * @param title a title, unique on the page, 1-{@value KnowMeChange#MAX_TITLE} characters
     * @param text  at most {@value KnowMeChange#MAX_TEXT} characters
     * @param media ids of the child's photos and videos (at most {@value KnowMeChange#MAX_MEDIA})
     */
    public record Section(String title, String text, List<String> media) {
    }
}
