package no.sammen.records;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The records module's façade for tasks. A task binds its assignee only once they have accepted it, with a comment
 * if they like; declining needs a comment. Wrong transitions are conflicts that name the task's current status.
 */
public interface Tasks {

    /**
     * The child's tasks, newest first, optionally only those with the given statuses (comma-separated API names).
     * The family sees only tasks shared with the family.
     */
    List<Task> list(ChildRef child, String statuses);

    Task task(ChildRef child, UUID taskId);

    /** Proposes a task to a member of the care team; it is {@code proposed} until the assignee answers. */
    Task propose(ChildRef child, NewTask task);

    /** The assignee accepts: the task becomes {@code active}. */
    Task accept(ChildRef child, UUID taskId, TaskComment comment);

    /** The assignee declines, with a comment. */
    Task decline(ChildRef child, UUID taskId, TaskComment comment);

    /** The assignee has done an active task. */
    Task complete(ChildRef child, UUID taskId);

    /** The creator or the coordinator withdraws a proposed or active task. */
    Task cancel(ChildRef child, UUID taskId);
}
