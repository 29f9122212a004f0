package no.sammen.records.control;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.identity.NationalId;
import no.sammen.identity.People;
import no.sammen.identity.PersonSummary;
import no.sammen.platform.Category;
import no.sammen.platform.DatabaseReady;
import no.sammen.platform.Ids;
import no.sammen.records.Audience;
import no.sammen.records.entity.TaskEntity;
import no.sammen.records.entity.TimelineEventEntity;

/**
 * Tasks on the demo family's record, one in each state a person should meet (proposed to kari, active for ola,
 * declined with a comment by per, done by lars), and a last visit of kari three days ago so that her handover shows
 * something. Loaded after {@link DemoFamily}, once, when {@code sammen.demo.enabled=true}.
 *
 * <p>The timeline events are written as they would have been on the days they happened ({@code recorded_at} equal to
 * {@code occurred_at}), so the handover's window treats them as it will treat real ones.
 */
@ApplicationScoped
public class DemoTasks {

    private static final Logger LOG = Logger.getLogger(DemoTasks.class.getName());
    private static final String EMMA = "15831250086";
    private static final String NINA = "02897510009";
    private static final String KARI = "11828410018";
    private static final String OLA = "23867910093";
    private static final String LARS = "19926810076";
    private static final String PER = "14819510084";

    @Inject
    @ConfigProperty(name = "sammen.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    People people;

    @Inject
    RecordsClock clock;

    @Transactional
    void load(@Observes @Priority(3000) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        var emma = people.findByNationalId(NationalId.parse(EMMA, "demo"));
        if (emma.isEmpty()) {
            return;
        }
        var children = em.createQuery("select c.id from ChildEntity c where c.personId = :p", UUID.class)
                .setParameter("p", emma.get().id()).getResultList();
        if (children.isEmpty()) {
            return;
        }
        UUID child = children.get(0);
        if (em.createQuery("select count(t) from TaskEntity t where t.childId = :c", Long.class)
                .setParameter("c", child).getSingleResult() > 0) {
            return;
        }
        PersonSummary nina = person(NINA);
        PersonSummary kari = person(KARI);
        PersonSummary ola = person(OLA);
        PersonSummary lars = person(LARS);
        PersonSummary per = person(PER);
        OffsetDateTime now = clock.now().truncatedTo(ChronoUnit.MINUTES);
        var today = clock.today();

        TaskEntity standingFrame = task(child, "Check the standing frame at school",
                "Emma has grown; the teacher says the frame's chest support presses. Please check the fit during a "
                        + "school day and adjust or order parts.", kari, today.plusDays(5), Audience.TEAM, nina,
                now.minusDays(2));
        proposed(standingFrame, nina, kari, now.minusDays(2));

        TaskEntity seating = task(child, "Fit the wheelchair seating after the growth spurt",
                "Measure hip width and seat depth, adjust the lateral supports, and show the assistants the new "
                        + "settings.", ola, today.plusDays(10), Audience.TEAM_AND_FAMILY, nina, now.minusDays(6));
        proposed(seating, nina, ola, now.minusDays(6));
        seating.answer("active", "Yes. I will bring the new cushion on Thursday and go through it with Per.",
                now.minusDays(5));
        event(seating, "task-accepted", ola, now.minusDays(5), ola.displayName() + " accepted the task: " + seating.title());

        TaskEntity seizureVideo = task(child, "Film seizures for the neurologist",
                "If a seizure starts during your shift, film it (start to end) on the record's camera.", per,
                null, Audience.TEAM, nina, now.minusDays(4));
        proposed(seizureVideo, nina, per, now.minusDays(4));
        seizureVideo.answer("declined", "I have not been shown how to handle a seizure and film at the same time. "
                + "Please show me first, then ask again.", now.minusDays(2));
        event(seizureVideo, "task-declined", per, now.minusDays(2),
                per.displayName() + " declined the task: " + seizureVideo.title());

        TaskEntity rescuePlan = task(child, "Go through the rescue medication plan with the parents",
                "Buccal midazolam: when, how much, and when to call 113.", lars, today.minusDays(2),
                Audience.TEAM_AND_FAMILY, nina, now.minusDays(10));
        proposed(rescuePlan, nina, lars, now.minusDays(10));
        rescuePlan.answer("active", null, now.minusDays(9));
        event(rescuePlan, "task-accepted", lars, now.minusDays(9),
                lars.displayName() + " accepted the task: " + rescuePlan.title());
        rescuePlan.close("done", now.minusDays(1));
        event(rescuePlan, "task-completed", lars, now.minusDays(1),
                lars.displayName() + " completed the task: " + rescuePlan.title());

        em.createNativeQuery("""
                        insert into records.last_seen (child_id, person_id, seen_at)
                        values (?1, ?2, cast(?3 as timestamptz)) on conflict do nothing
                        """)
                .setParameter(1, child)
                .setParameter(2, kari.id())
                .setParameter(3, SqlValues.literal(now.minusDays(3).toInstant()))
                .executeUpdate();
        LOG.info(() -> "demo tasks loaded: child " + child);
    }

    private TaskEntity task(UUID child, String title, String description, PersonSummary assignee,
                            java.time.LocalDate due, Audience audience, PersonSummary creator, OffsetDateTime at) {
        TaskEntity task = new TaskEntity(Ids.newId(), child, title, description, assignee.id(), due,
                audience.apiName(), creator.id(), at);
        em.persist(task);
        return task;
    }

    private void proposed(TaskEntity task, PersonSummary creator, PersonSummary assignee, OffsetDateTime at) {
        event(task, "task-proposed", creator, at,
                creator.displayName() + " proposed a task to " + assignee.displayName() + ": " + task.title());
    }

    private void event(TaskEntity task, String kind, PersonSummary author, OffsetDateTime at, String summary) {
        em.persist(new TimelineEventEntity(Ids.newId(), task.childId(), at, at, Category.TASKS.apiName(), kind,
                task.id(), task.audience(), author.id(), summary, false));
    }

    private PersonSummary person(String nationalId) {
        return people.findByNationalId(NationalId.parse(nationalId, "demo")).orElseThrow();
    }
}
