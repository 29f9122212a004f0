package no.sammen.records;

import java.util.Locale;

import no.sammen.platform.InvalidInputException;

/**
 * Where a task stands. A task is {@link #PROPOSED} until its assignee accepts it ({@link #ACTIVE}) or declines it
 * ({@link #DECLINED}); nobody is held to a task they have not accepted. An active task ends {@link #DONE}; a proposed
 * or active one may be {@link #CANCELLED} by its creator or the coordinator.
 */
public enum TaskStatus {
    PROPOSED, ACTIVE, DECLINED, DONE, CANCELLED;

    /** The name used in the API: {@code proposed}, {@code active}, ... */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the task still asks something of its assignee. */
    public boolean open() {
        return this == PROPOSED || this == ACTIVE;
    }

    public static TaskStatus fromApiName(String value, String field) {
        for (TaskStatus s : values()) {
            if (s.apiName().equals(value)) {
                return s;
            }
        }
        throw new InvalidInputException(field, "must be one of proposed, active, declined, done, cancelled");
    }
}
