package no.sammen.records.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import no.sammen.records.ChildProfile;
import no.sammen.records.DemoFamilyReady;
import no.sammen.records.entity.CareTeamMemberEntity;
import no.sammen.records.entity.ChildEntity;
import no.sammen.records.entity.FamilyMemberEntity;

/**
 * The demo family of the development stack (and the shared fixture of the system tests): Emma, her guardians and
 * her care team with every persona in their role. Loaded once, when {@code sammen.demo.enabled=true} and Emma is not
 * yet registered; never in production, where the setting defaults to false.
 */
@ApplicationScoped
public class DemoFamily {

    private static final Logger LOG = Logger.getLogger(DemoFamily.class.getName());

    /** The demo family as the resource describes it. */
    public record Description(NewChildData child, List<Guardian> guardians, List<Member> team) {
    }

    public record NewChildData(String nationalId, String name, List<ChildProfile.Contact> contacts,
                               List<ChildProfile.Diagnosis> diagnoses, List<ChildProfile.Medication> medications) {
    }

    public record Guardian(String nationalId, String name) {
    }

    public record Member(String nationalId, String name, String profession, String organisation, String role) {
    }

    @Inject
    @ConfigProperty(name = "sammen.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    People people;

    @Inject
    JsonDocuments json;

    @Inject
    RecordsClock clock;

    @Inject
    TimelineWriter timeline;

    @Inject
    Event<DemoFamilyReady> familyReady;

    /** First of the demo loaders (the others, at later priorities, add entries to this family's record). */
    @Transactional
    void load(@Observes @Priority(2000) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        Description demo = read();
        NationalId childId = NationalId.parse(demo.child().nationalId(), "demo");
        PersonSummary childPerson = people.register(childId, demo.child().name());
        List<?> existing = em.createQuery("select c.id from ChildEntity c where c.personId = :p")
                .setParameter("p", childPerson.id()).getResultList();
        List<java.util.UUID> guardianIds = demo.guardians().stream()
                .map(g -> people.register(NationalId.parse(g.nationalId(), "demo"), g.name()).id()).toList();
        if (!existing.isEmpty()) {
            familyReady.fire(new DemoFamilyReady((java.util.UUID) existing.get(0), guardianIds));
            return;
        }
        var now = clock.now();
        PersonSummary coordinator = person(demo.team().stream().filter(m -> m.role().equals("coordinator"))
                .findFirst().orElseThrow());
        var child = new ChildEntity(Ids.newId(), childPerson.id(), demo.child().name(), childId.birthDate(),
                json.write(demo.child().contacts()), json.write(demo.child().diagnoses()),
                json.write(demo.child().medications()), coordinator.id(), now);
        em.persist(child);
        em.flush(); // the child's row first: the rows below refer to it
        em.persist(new FamilyMemberEntity(child.id(), childPerson.id(), "child", coordinator.id(), now));
        for (Guardian g : demo.guardians()) {
            PersonSummary guardian = people.register(NationalId.parse(g.nationalId(), "demo"), g.name());
            em.persist(new FamilyMemberEntity(child.id(), guardian.id(), "guardian", coordinator.id(), now));
        }
        LocalDate from = clock.today().minusWeeks(6);
        for (Member m : demo.team()) {
            PersonSummary member = person(m);
            em.persist(new CareTeamMemberEntity(Ids.newId(), child.id(), member.id(), member.displayName(),
                    m.profession(), m.organisation(), m.role(), from, null, coordinator.id(), now));
        }
        timeline.record(child.id(), now, Category.IDENTITY, "child-registered", child.id(), Audience.TEAM_AND_FAMILY,
                coordinator.id(), "Record created by " + coordinator.displayName(), false);
        LOG.info(() -> "demo family loaded: child " + child.id());
        familyReady.fire(new DemoFamilyReady(child.id(), guardianIds));
    }

    private PersonSummary person(Member m) {
        return people.register(NationalId.parse(m.nationalId(), "demo"), m.name());
    }

    private Description read() {
        try (InputStream in = DemoFamily.class.getResourceAsStream("/no/sammen/records/demo-family.json")) {
            return json.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), Description.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
