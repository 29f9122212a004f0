package no.sammen.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.SammenException;
import no.sammen.records.Handover;
import no.sammen.records.TaskComment;
import no.sammen.records.Tasks;
import no.sammen.records.Timeline;

/**
 * "Siden sist" on top of a child's overview: what changed for this person since their last visit, in a handful of
 * lines per group, each leading to its details, and the tasks waiting for them, which they can accept or decline
 * right here. Reading it marks nothing; "Marker som sett" does, so that the next visit starts from now.
 *
 * <p>Which child: the overview's ({@link ChildPage}, the {@code id} parameter). The façade decides what the person
 * sees: the family gets the same handover without the team's entries.
 */
@Named("handover")
@RequestScoped
public class HandoverView {

    /** At most this many lines per group: the handover must fit one phone screen. */
    static final int LINES = 2;
    /** The section of the caller's open tasks. */
    static final String MY_TASKS = "myTasks";
    /** The sections in the order they are shown: the window's groups, and the caller's open tasks among them. */
    private static final List<String> SECTIONS = List.of("reports", "observations", "carePlan", MY_TASKS,
            "taskChanges", "team");

    @Inject
    Timeline timeline;

    @Inject
    Tasks tasks;

    @Inject
    ChildPage childPage;

    @Inject
    Moments moments;

    private Handover sheet;
    private final FormErrors errors = new FormErrors();
    private final Map<String, String> comments = new HashMap<>();

    /**
     * One section as the page shows it: a group of the window's events, or ({@code key} {@value #MY_TASKS}) the
     * caller's open tasks, whose lines are {@link #getMyTasks()}.
     */
    public record Group(String key, String anchor, long count, List<Line> lines, String link) {
    }

    /** One line of a group. */
    public record Line(String when, String iso, String text, String author, boolean flagged, String link) {
    }

    /** One of the caller's open tasks. */
    public record MyTask(String id, String title, String status, String due, boolean overdue, boolean proposed,
                         String link) {
    }

    /**
     * The overview's child. On a postback the overview's parameter reaches its bean only after the forms have been
     * read, so the handover's forms carry it along ({@code id}) and are read with it.
     */
    private UUID childId() {
        String id = childPage.getId();
        if (id == null) {
            id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        }
        return ChildRef.parse(id).id();
    }

    /** The child's id, for the forms to carry along. */
    public String getChild() {
        return childId().toString();
    }

    /** The handover, read once per request. */
    public Handover getSheet() {
        if (sheet == null) {
            sheet = timeline.handover(new ChildRef(childId()));
        }
        return sheet;
    }

    /** "siden tirsdag 14:05" or "de siste 14 dagene". */
    public String getSince() {
        return moments.since(getSheet().since(), getSheet().lastVisit());
    }

    public String getSinceIso() {
        return moments.iso(getSheet().since());
    }

    /** The sections that have something to show, in order. */
    public List<Group> getSections() {
        UUID child = childId();
        Handover h = getSheet();
        List<Group> shown = new ArrayList<>();
        for (String key : SECTIONS) {
            if (MY_TASKS.equals(key)) {
                if (h.openTasks().count() > 0) {
                    shown.add(new Group(key, "handover-my-tasks", h.openTasks().count(), List.of(),
                            EntryPages.tasks(child, null)));
                }
                continue;
            }
            Handover.Group group = switch (key) {
                case "reports" -> h.reports();
                case "observations" -> h.observations();
                case "carePlan" -> h.carePlan();
                case "taskChanges" -> h.taskChanges();
                default -> h.team();
            };
            if (group.count() == 0) {
                continue;
            }
            String category = category(key);
            List<Line> lines = group.items().stream().limit(LINES).map(i -> new Line(moments.when(i.occurredAt()),
                    moments.iso(i.occurredAt()), i.summary(), i.authorName(), i.flagged(),
                    EntryPages.of(child, category, i.link()))).toList();
            String all = "tasks".equals(category) ? EntryPages.timeline(child, category)
                    : EntryPages.of(child, category, null);
            shown.add(new Group(key, "handover-" + category, group.count(), lines, all));
        }
        return shown;
    }

    /** Whether nothing happened in the window (tasks still waiting for the caller are shown all the same). */
    public boolean isNothingNew() {
        Handover h = getSheet();
        return h.reports().count() + h.observations().count() + h.carePlan().count() + h.taskChanges().count()
                + h.team().count() + h.newMedia() + h.unreadMessages() == 0;
    }

    public long getTaskCount() {
        return getSheet().openTasks().count();
    }

    public List<MyTask> getMyTasks() {
        UUID child = childId();
        return getSheet().openTasks().items().stream().map(t -> new MyTask(t.id().toString(), t.title(), t.status(),
                moments.day(t.due()), t.overdue(), "proposed".equals(t.status()),
                EntryPages.tasks(child, t.id().toString()))).toList();
    }

    public String getTasksLink() {
        return EntryPages.tasks(childId(), null);
    }

    public String getTimelineLink() {
        return EntryPages.timeline(childId(), null);
    }

    public String getMediaLink() {
        return EntryPages.timeline(childId(), "media");
    }

    /** The child's conversations, where the unread messages are. */
    public String getChatLink() {
        return EntryPages.chat(childId());
    }

    public int getNewMedia() {
        return getSheet().newMedia();
    }

    public int getUnreadMessages() {
        return getSheet().unreadMessages();
    }

    public Map<String, String> getErrors() {
        return errors.asMap();
    }

    /** What the person wrote in a task's comment field, kept when the answer failed. */
    public Map<String, String> getComments() {
        return comments;
    }

    private static String category(String group) {
        return switch (group) {
            case "reports" -> "daily-reports";
            case "observations" -> "observations";
            case "carePlan" -> "care-plan";
            case "taskChanges" -> "tasks";
            default -> "care-team";
        };
    }

    // ------------------------------------------------------------------------------------------------- actions

    /** "Marker som sett": the next handover starts now. Back to the overview (post, redirect, get). */
    public void markSeen() {
        timeline.visited(new ChildRef(childId()));
        backToOverview(null);
    }

    /** The caller accepts a task proposed to them, with a comment if they like. */
    public void accept() {
        answer(true);
    }

    /** The caller declines a task proposed to them; the comment says why and is required. */
    public void decline() {
        answer(false);
    }

    private void answer(boolean accept) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String task = form.get("task");
        String comment = form.get("comment");
        UUID taskId;
        try {
            taskId = Ids.parse(task, "task");
        } catch (InvalidInputException e) {
            stay();
            return;
        }
        comments.put(taskId.toString(), comment == null ? "" : comment);
        ChildRef child = new ChildRef(childId());
        try {
            if (accept) {
                tasks.accept(child, taskId, new TaskComment(comment));
            } else {
                tasks.decline(child, taskId, new TaskComment(comment));
            }
        } catch (SammenException failure) {
            errors.add(failure, taskId + ":", taskId.toString());
            stay();
            return;
        }
        backToOverview("handover");
    }

    /** A failed answer: the overview is shown again with the message next to the field, the comment kept. */
    private void stay() {
        childPage.load();
    }

    private void backToOverview(String fragment) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/app/child.xhtml?id=" + childId()
                    + (fragment == null ? "" : "#" + fragment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
