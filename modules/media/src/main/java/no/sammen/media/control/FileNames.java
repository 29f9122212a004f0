package no.sammen.media.control;

import java.text.Normalizer;

import no.sammen.platform.InvalidInputException;

/**
 * The original file name is metadata only: it names a download, never a path. A name that tries to be one (a
 * directory part, {@code ..}, a drive, control characters) is refused rather than quietly repaired, so the person
 * sees what happened.
 */
final class FileNames {

    static final int MAX = 200;

    private FileNames() {
    }

    /** The name as kept, or {@code null} for none; refuses path tricks. */
    static String check(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (n.length() > MAX) {
            throw new InvalidInputException("filename", "must be at most " + MAX + " characters");
        }
        if (n.contains("/") || n.contains("\\") || n.contains("..") || n.startsWith(".") || n.contains(":")
                || n.chars().anyMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)
                        || c == 0x202E || c == 0x202D || c == 0x2066 || c == 0x2067 || c == 0x2068)) {
            throw new InvalidInputException("filename", "must be a plain file name, without folders, '..', "
                    + "a leading dot, ':' or control characters");
        }
        return n;
    }
}
