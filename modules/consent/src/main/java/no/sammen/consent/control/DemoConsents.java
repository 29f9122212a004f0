package no.sammen.consent.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.consent.Recipient;
import no.sammen.consent.entity.ConsentEntity;
import no.sammen.consent.entity.ConsentVersionEntity;
import no.sammen.platform.Ids;
import no.sammen.records.DemoFamilyReady;

/**
 * The demo family's consents (development and tests only: the event comes only when the demo is enabled): what a
 * family would agree to so that each of Emma's team can do their work, one consent per profession, granted by the
 * first guardian six weeks ago. Loaded once, when the child has no consents yet.
 */
@ApplicationScoped
public class DemoConsents {

    private static final Logger LOG = Logger.getLogger(DemoConsents.class.getName());
    private static final String EVERYTHING = "identity,contacts,diagnoses,medications,daily-reports,observations,"
            + "care-plan,media,know-me,chat,tasks";

    /** Profession → categories and the purpose the family wrote. */
    static final Map<String, String[]> GRANTS = Map.of(
            "SP", new String[] {EVERYTHING, "Nursing at home and coordination of Emma's care"},
            "LE", new String[] {EVERYTHING, "Medical follow-up by the palliative team"},
            "FT", new String[] {EVERYTHING, "Physiotherapy"},
            "ET", new String[] {EVERYTHING, "Occupational therapy and aids"},
            "social-worker", new String[] {"identity,contacts,diagnoses,care-plan,chat,tasks",
                    "Support for the family"},
            "teacher", new String[] {"identity,contacts,daily-reports,know-me,chat,tasks", "Emma's school days"},
            "personal-assistant", new String[] {"identity,contacts,medications,daily-reports,observations,media,"
                    + "know-me,chat,tasks", "Daily assistance at home and at school"});

    @PersistenceContext(unitName = "consent")
    EntityManager em;

    @Transactional
    void load(@Observes DemoFamilyReady family) {
        Long existing = em.createQuery("select count(c) from ConsentEntity c where c.childId = :child", Long.class)
                .setParameter("child", family.childId()).getSingleResult();
        if (existing > 0 || family.guardianIds().isEmpty()) {
            return;
        }
        var guardian = family.guardianIds().get(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate from = now.toLocalDate().minusWeeks(6);
        GRANTS.forEach((profession, grant) -> {
            var head = new ConsentEntity(Ids.newId(), family.childId(), Recipient.PROFESSION, profession, profession,
                    grant[0], grant[1], from, null, ConsentRecords.ACTIVE, guardian, now);
            em.persist(head);
            em.flush();
            em.persist(new ConsentVersionEntity(Ids.newId(), head, guardian, "Marit Mor", now));
        });
        LOG.info(() -> "demo consents granted: " + GRANTS.size());
    }
}
