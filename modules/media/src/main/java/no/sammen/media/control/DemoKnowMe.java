package no.sammen.media.control;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.media.KnowMeVersion;
import no.sammen.records.DemoFamilyReady;

/**
 * Emma's "Know me" page in the demo (development and tests only: the event comes only when the demo is enabled),
 * written by her mother. Loaded once, when the page has no version yet.
 */
@ApplicationScoped
public class DemoKnowMe {

    private static final Logger LOG = Logger.getLogger(DemoKnowMe.class.getName());

    static final List<KnowMeRecords.Written> SECTIONS = List.of(
            new KnowMeRecords.Written("Når Emma lager denne lyden ...",
                    "Et lavt, langt «mmm» betyr at hun er fornøyd og vil at du fortsetter. Korte, høye lyder med "
                            + "rask pust betyr ubehag: sjekk stillingen og om hun har vondt i magen.", List.of()),
            new KnowMeRecords.Written("Ja og nei",
                    "Emma ser opp for ja og lukker øynene et øyeblikk for nei. Gi henne tid: svaret kan ta ti "
                            + "sekunder.", List.of()),
            new KnowMeRecords.Written("Løfte og flytte",
                    "Alltid to personer eller takheis. Støtt hodet først; hun blir redd når hun ikke ser hvem som "
                            + "løfter. Si hva du skal gjøre før du gjør det.", List.of()),
            new KnowMeRecords.Written("Sittestilling",
                    "Sittepute med kile under knærne, hodestøtten litt frem. Snu henne hver annen time på dagtid.",
                    List.of()),
            new KnowMeRecords.Written("Dette liker Emma",
                    "Musikk (Aurora), å bli lest for, lukten av appelsin, katten Pus på fanget.", List.of()));

    @PersistenceContext(unitName = "media")
    EntityManager em;

    @Transactional
    void load(@Observes DemoFamilyReady family) {
        long existing = Sql.number(em.createNativeQuery("select count(*) from media.know_me_version"
                + " where child_id = ?1").setParameter(1, family.childId()).getSingleResult());
        if (existing > 0 || family.guardianIds().isEmpty()) {
            return;
        }
        List<KnowMeVersion.Change> changes = KnowMeRecords.changes(List.of(), SECTIONS);
        em.createNativeQuery("""
                        insert into media.know_me_version (child_id, version, sections, changes, changed_by,
                                                           changed_by_name, changed_at)
                        values (?1, 1, ?2, ?3, ?4, 'Marit Mor', cast(?5 as timestamptz))
                        """)
                .setParameter(1, family.childId()).setParameter(2, KnowMeRecords.sectionsJson(SECTIONS))
                .setParameter(3, KnowMeRecords.changesJson(changes)).setParameter(4, family.guardianIds().get(0))
                .setParameter(5, Sql.literal(UploadRows.now().minusWeeks(3)))
                .executeUpdate();
        LOG.info(() -> "demo Know me page written: " + SECTIONS.size() + " sections");
    }
}
