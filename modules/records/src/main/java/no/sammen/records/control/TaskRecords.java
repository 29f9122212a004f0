package no.sammen.records.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.NewTask;
import no.sammen.records.Relation;
import no.sammen.records.Task;
import no.sammen.records.TaskComment;
import no.sammen.records.TaskStatus;
import no.sammen.records.Tasks;
import no.sammen.records.entity.TaskEntity;

/**
 * Tasks in PostgreSQL. Who may touch a child's tasks at all is the access rule's (the team writes, the family
 * reads what is shared with it); who may move one task on is decided here: only its assignee answers and completes
 * it, only its creator or the coordinator cancels it. Every transition is one timeline event in the same
 * transaction, and two people moving the same task at once get a conflict, never a lost transition.
 */
@ApplicationScoped
@Transactional
public class TaskRecords implements Tasks {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 10_000;
    static final int COMMENT_MAX = 2_000;

    @PersistenceContext(unitName = "records")
    EntityManager em;

    /** The caller of the current request; a provider, since this bean outlives requests. */
    @Inject
    Provider<Caller> callers;

    @Inject
    Relations relations;

    @Inject
    RecordsClock clock;

    @Inject
    TimelineWriter timeline;

    @Inject
    PersonNames names;

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.READ)
    public List<Task> list(ChildRef child, String statuses) {
        Set<String> wanted = new LinkedHashSet<>();
        Checks checks = new Checks();
        if (statuses != null) {
            for (String s : statuses.split(",")) {
                if (!s.isBlank()) {
                    try {
                        wanted.add(TaskStatus.fromApiName(s.trim(), "status").apiName());
                    } catch (InvalidInputException e) {
                        checks.add(e, "");
                    }
                }
            }
        }
        checks.orThrow();
        String jpql = "select t from TaskEntity t where t.childId = :child and t.audience in :visible"
                + (wanted.isEmpty() ? "" : " and t.status in :statuses")
                + " order by t.createdAt desc, t.id desc";
        var query = em.createQuery(jpql, TaskEntity.class)
                .setParameter("child", child.id())
                .setParameter("visible", visibleAudiences(child));
        if (!wanted.isEmpty()) {
            query.setParameter("statuses", new ArrayList<>(wanted));
        }
        LocalDate today = clock.today();
        return query.getResultList().stream().map(t -> task(t, today)).toList();
    }

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.READ)
    public Task task(ChildRef child, UUID taskId) {
        return task(find(child, taskId), clock.today());
    }

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public Task propose(ChildRef child, NewTask task) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (task == null) {
            checks.required("title", null).required("assignee", null).orThrow();
        }
        checks.required("title", task.title()).maxLength("title", task.title(), TITLE_MAX)
                .maxLength("description", task.description(), DESCRIPTION_MAX)
                .required("assignee", task.assignee())
                .that(task.due() == null || !task.due().isBefore(clock.today()), "due", "must not be in the past");
        UUID assignee = null;
        if (task.assignee() != null && !task.assignee().isBlank()) {
            try {
                assignee = Ids.parse(task.assignee(), "assignee");
            } catch (InvalidInputException e) {
                checks.add(e, "");
            }
        }
        Audience audience = Audience.TEAM;
        try {
            audience = Audience.fromApiName(task.audience(), "audience");
        } catch (InvalidInputException e) {
            checks.add(e, "");
        }
        if (assignee != null) {
            checks.that(activeMember(child, assignee), "assignee", "must be an active member of the child's care team");
        }
        checks.orThrow();

        OffsetDateTime now = clock.now();
        String title = task.title().trim();
        String description = task.description() == null || task.description().isBlank() ? null
                : task.description().strip();
        TaskEntity entity = new TaskEntity(Ids.newId(), child.id(), title, description, assignee, task.due(),
                audience.apiName(), caller.personId(), now);
        em.persist(entity);
        timeline.record(child.id(), now, Category.TASKS, "task-proposed", entity.id(), audience, caller.personId(),
                caller.displayName() + " proposed a task to " + names.of(assignee) + ": " + title, false);
        em.flush();
        return task(entity, clock.today());
    }

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.WRITE)
    public Task accept(ChildRef child, UUID taskId, TaskComment comment) {
        Caller caller = callers.get();
        TaskEntity task = find(child, taskId);
        requireAssignee(task, caller, "accepts");
        String text = comment == null ? null : comment.comment();
        new Checks().maxLength("comment", text, COMMENT_MAX).orThrow();
        requireStatus(task, TaskStatus.PROPOSED, "accepted");
        OffsetDateTime now = clock.now();
        task.answer(TaskStatus.ACTIVE.apiName(), blankToNull(text), now);
        return transitioned(child, task, "task-accepted", caller.displayName() + " accepted the task: " + task.title());
    }

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.WRITE)
    public Task decline(ChildRef child, UUID taskId, TaskComment comment) {
        Caller caller = callers.get();
        TaskEntity task = find(child, taskId);
        requireAssignee(task, caller, "declines");
        String text = comment == null ? null : comment.comment();
        new Checks().required("comment", text).maxLength("comment", text, COMMENT_MAX).orThrow();
        requireStatus(task, TaskStatus.PROPOSED, "declined");
        task.answer(TaskStatus.DECLINED.apiName(), text.strip(), clock.now());
        return transitioned(child, task, "task-declined", caller.displayName() + " declined the task: " + task.title());
    }

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.WRITE)
    public Task complete(ChildRef child, UUID taskId) {
        Caller caller = callers.get();
        TaskEntity task = find(child, taskId);
        requireAssignee(task, caller, "completes");
        requireStatus(task, TaskStatus.ACTIVE, "completed");
        task.close(TaskStatus.DONE.apiName(), clock.now());
        return transitioned(child, task, "task-completed", caller.displayName() + " completed the task: " + task.title());
    }

    @Override
    @ChildAccess(category = Category.TASKS, action = Action.WRITE)
    public Task cancel(ChildRef child, UUID taskId) {
        Caller caller = callers.get();
        TaskEntity task = find(child, taskId);
        if (!caller.personId().equals(task.createdBy())
                && relations.of(caller.personId(), child.id()) != Relation.COORDINATOR) {
            throw new AccessDeniedException("Only the task's creator or the coordinator cancels it.");
        }
        TaskStatus status = TaskStatus.fromApiName(task.status(), "status");
        if (!status.open()) {
            throw new ConflictException("The task is " + status.apiName()
                    + "; only a proposed or active task can be cancelled.");
        }
        task.close(TaskStatus.CANCELLED.apiName(), clock.now());
        return transitioned(child, task, "task-cancelled", caller.displayName() + " cancelled the task: " + task.title());
    }

    private Task transitioned(ChildRef child, TaskEntity task, String kind, String summary) {
        OffsetDateTime now = clock.now();
        timeline.record(child.id(), now, Category.TASKS, kind, task.id(), Audience.fromApiName(task.audience(), "audience"),
                callers.get().personId(), summary, false);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed the task at the same time; reload it and try again.");
        }
        return task(task, clock.today());
    }

    /** The task, if it is this child's and the caller may see its audience; "not found" otherwise. */
    private TaskEntity find(ChildRef child, UUID taskId) {
        TaskEntity task = taskId == null ? null : em.find(TaskEntity.class, taskId);
        if (task == null || !task.childId().equals(child.id()) || !visibleAudiences(child).contains(task.audience())) {
            throw new NotFoundException("The task");
        }
        return task;
    }

    private static void requireAssignee(TaskEntity task, Caller caller, String verb) {
        if (!task.assigneeId().equals(caller.personId())) {
            throw new AccessDeniedException("Only the task's assignee " + verb + " it.");
        }
    }

    private static void requireStatus(TaskEntity task, TaskStatus required, String becoming) {
        if (!task.status().equals(required.apiName())) {
            throw new ConflictException("The task is " + task.status() + "; only a " + required.apiName()
                    + " task can be " + becoming + ".");
        }
    }

    private boolean activeMember(ChildRef child, UUID personId) {
        LocalDate today = clock.today();
        return em.createQuery("""
                        select count(m) from CareTeamMemberEntity m
                         where m.childId = :child and m.personId = :person and m.validFrom <= :today
                           and (m.validTo is null or m.validTo >= :today)
                        """, Long.class)
                .setParameter("child", child.id())
                .setParameter("person", personId)
                .setParameter("today", today)
                .getSingleResult() > 0;
    }

    /** The audiences the caller sees: the family only what is shared with the family. */
    private List<String> visibleAudiences(ChildRef child) {
        return relations.of(callers.get().personId(), child.id()).family()
                ? List.of(Audience.TEAM_AND_FAMILY.apiName())
                : List.of(Audience.TEAM.apiName(), Audience.TEAM_AND_FAMILY.apiName());
    }

    private Task task(TaskEntity t, LocalDate today) {
        boolean open = TaskStatus.fromApiName(t.status(), "status").open();
        return new Task(t.id(), t.title(), t.description(), t.status(), t.assigneeId(), names.of(t.assigneeId()),
                t.due(), open && t.due() != null && t.due().isBefore(today), t.audience(), t.createdBy(),
                names.of(t.createdBy()), t.createdAt(), t.answerComment(), t.answeredAt(), t.closedAt(), t.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
