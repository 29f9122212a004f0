package no.sammen.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root directory, so the stack works from the root or from any module. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The root above the working directory ({@code user.dir}). */
    public static Path find() {
        return find(Path.of(System.getProperty("user.dir")));
    }

    /**
     * The nearest directory at or above {@code start} that holds both {@code config/} and {@code modules/}.
     *
     * @throws IllegalStateException if there is none
     */
    public static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config")) && Files.isDirectory(dir.resolve("modules"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the Sammen repository (no directory with config/ and modules/ at or above "
                + start.toAbsolutePath() + ")");
    }
}
