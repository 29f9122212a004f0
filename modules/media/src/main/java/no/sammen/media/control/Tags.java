package no.sammen.media.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.sammen.platform.InvalidInputException;

/** Tags: lower case, 1-40 letters, digits or dashes, at most {@link #MAX} per item, no duplicates. */
final class Tags {

    static final int MAX = 10;

    private Tags() {
    }

    static List<String> check(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (!t.matches("[\\p{L}\\p{N}-]{1,40}")) {
                throw new InvalidInputException("tags", "a tag is 1 to 40 letters, digits or dashes");
            }
            clean.add(t);
        }
        if (clean.size() > MAX) {
            throw new InvalidInputException("tags", "at most " + MAX + " tags");
        }
        return new ArrayList<>(clean);
    }

    static String join(List<String> tags) {
        return String.join(",", tags);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
