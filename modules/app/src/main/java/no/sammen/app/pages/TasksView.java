package no.sammen.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.Caller;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.SammenException;
import no.sammen.records.ChildProfile;
import no.sammen.records.Children;
import no.sammen.records.NewTask;
import no.sammen.records.Relation;
import no.sammen.records.Task;
import no.sammen.records.TaskComment;
import no.sammen.records.Tasks;
import no.sammen.records.TeamMember;

/**
 * A child's tasks, by where they stand: the caller's own open ones first, then proposed, active, done, declined and
 * cancelled. The assignee accepts (a comment if they like) or declines (a comment is required) a task proposed to
 * them and completes an active one; its creator or the coordinator cancels an open one; someone on the team
 * proposes a new one to an active member. Every change goes through the tasks façade, which decides who may; its
 * refusals are shown next to the field or task they are about, with what the person wrote kept.
 */
@Named("tasksView")
@RequestScoped
public class TasksView {

    /** The groups in the order they are shown; {@code mine} are the caller's proposed and active tasks. */
    static final List<String> GROUPS = List.of("mine", "proposed", "active", "done", "declined", "cancelled");

    @Inject
    Tasks tasks;

    @Inject
    Children children;

    @Inject
    Caller caller;

    @Inject
    Moments moments;

    private String child;
    private List<Task> all;
    private Relation relation;
    private ChildProfile profile;
    private List<TeamMember> assignees;
    private final FormErrors errors = new FormErrors();
    private final Map<String, String> comments = new HashMap<>();

    private String title;
    private String description;
    private String assignee;
    private String due;
    private String audience = "team";

    /** A group of tasks as the page shows it. */
    public record Group(String key, List<Row> rows) {
    }

    /** A task as the page shows it, with what the caller may do with it. */
    public record Row(String id, String title, String description, String status, String assigneeName,
                      String due, boolean overdue, String audience, String createdByName, String createdAt,
                      String comment, String answeredAt, String closedAt, boolean mine, boolean canAnswer,
                      boolean canComplete, boolean canCancel) {
    }

    /** Reads the child's tasks when the page is opened: an unknown or unrelated child is a 404. */
    public void load() {
        read();
    }

    private ChildRef childRef() {
        String id = child;
        if (id == null) {
            // On a postback the page's parameter reaches this bean only after the forms are read; they carry it.
            id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("child");
        }
        return ChildRef.parse(id);
    }

    private void read() {
        ChildRef ref = childRef();
        all = tasks.list(ref, null);
        relation = children.relation(ref);
        profile = children.profile(ref);
        assignees = relation.onTeam()
                ? children.team(ref).stream().filter(TeamMember::active).toList()
                : List.of();
    }

    private void readOnce() {
        if (all == null) {
            read();
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    public String getChild() {
        return child == null ? childRef().toString() : child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getChildName() {
        readOnce();
        return profile.name();
    }

    /** Whether the caller is on the care team (and so may propose tasks). */
    public boolean isOnTeam() {
        readOnce();
        return relation.onTeam();
    }

    public List<TeamMember> getAssignees() {
        readOnce();
        return assignees;
    }

    public boolean isNoTasks() {
        readOnce();
        return all.isEmpty();
    }

    /** The groups that hold tasks, in order. */
    public List<Group> getGroups() {
        readOnce();
        UUID me = caller.personId();
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (Task t : all) {
            boolean mine = me.equals(t.assigneeId());
            boolean open = "proposed".equals(t.status()) || "active".equals(t.status());
            String group = mine && open ? "mine" : t.status();
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(row(t, me, mine, open));
        }
        return byGroup.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    private Row row(Task t, UUID me, boolean mine, boolean open) {
        boolean canCancel = open && (me.equals(t.createdById()) || relation == Relation.COORDINATOR);
        return new Row(t.id().toString(), t.title(), t.description(), t.status(), t.assigneeName(),
                moments.day(t.due()), t.overdue(), t.audience(), t.createdByName(), moments.when(t.createdAt()),
                t.comment(), moments.when(t.answeredAt()), moments.when(t.closedAt()), mine,
                mine && "proposed".equals(t.status()), mine && "active".equals(t.status()), canCancel);
    }

    public Map<String, String> getErrors() {
        return errors.asMap();
    }

    /** What the person wrote in a task's comment field, kept when the answer failed. */
    public Map<String, String> getComments() {
        return comments;
    }

    public String getTimelineLink() {
        return EntryPages.timeline(childRef().id(), "tasks");
    }

    // ------------------------------------------------------------------------------------------- the new task

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    // ------------------------------------------------------------------------------------------------ actions

    /** Proposes the new task to the chosen member; it waits for their answer. */
    public void propose() {
        LocalDate dueDay = null;
        if (due != null && !due.isBlank()) {
            try {
                dueDay = LocalDate.parse(due.trim());
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInputException("due", "is not a date"), "new.", "new");
                stay();
                return;
            }
        }
        Task created;
        try {
            created = tasks.propose(childRef(), new NewTask(title, description, assignee, dueDay, audience));
        } catch (SammenException failure) {
            errors.add(failure, "new.", "new");
            stay();
            return;
        }
        back(created.id().toString());
    }

    /** The assignee accepts a proposed task. */
    public void accept() {
        move(Move.ACCEPT);
    }

    /** The assignee declines a proposed task; the comment is required. */
    public void decline() {
        move(Move.DECLINE);
    }

    /** The assignee has done an active task. */
    public void complete() {
        move(Move.COMPLETE);
    }

    /** The creator or the coordinator withdraws an open task. */
    public void cancel() {
        move(Move.CANCEL);
    }

    private enum Move { ACCEPT, DECLINE, COMPLETE, CANCEL }

    private void move(Move move) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        UUID task;
        try {
            task = Ids.parse(form.get("task"), "task");
        } catch (InvalidInputException e) {
            stay();
            return;
        }
        String comment = form.get("comment");
        if (comment != null) {
            comments.put(task.toString(), comment);
        }
        ChildRef ref = childRef();
        try {
            switch (move) {
                case ACCEPT -> tasks.accept(ref, task, new TaskComment(comment));
                case DECLINE -> tasks.decline(ref, task, new TaskComment(comment));
                case COMPLETE -> tasks.complete(ref, task);
                case CANCEL -> tasks.cancel(ref, task);
            }
        } catch (SammenException failure) {
            errors.add(failure, task + ":", task.toString());
            stay();
            return;
        }
        back(task.toString());
    }

    /** A failed change: the page is shown again, as it stands now, with the messages and what was written. */
    private void stay() {
        read();
    }

    /** A change made: back to the page at the task (post, redirect, get). */
    private void back(String task) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + EntryPages.tasks(childRef().id(), task));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
