package no.sammen.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * A reference to a child's record. A façade method that takes one is child-scoped: the access guard decides on it
 * before the method runs.
 */
public record ChildRef(UUID id) {

    public ChildRef {
        Objects.requireNonNull(id, "id");
    }

    /** Parses a child id from outside (a URL). */
    public static ChildRef parse(String value) {
        return new ChildRef(Ids.parse(value, "childId"));
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
