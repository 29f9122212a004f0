package no.sammen.records.control;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import no.sammen.records.ReportTemplate;
import no.sammen.records.entity.ChildEntity;
import no.sammen.records.entity.ReportEntity;
import no.sammen.records.entity.ReportTemplateEntity;
import no.sammen.records.entity.ReportVersionEntity;

/**
 * Three weeks of Emma's reports for the development stack and the system tests: daily reports from her parents and
 * her assistant, physiotherapy sessions from Kari, school days from Per, and two reports corrected the next day.
 * The content follows from the day's place in the three weeks, so every load writes the same reports (dated back
 * from the day it runs). Loaded once, after the demo family, when {@code sammen.demo.enabled=true} and Emma has no
 * reports yet.
 */
@ApplicationScoped
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class.getName());
    private static final int DAYS = 21;
    private static final String EMMA = "15831250086";
    private static final String MOR = "21858310048";
    private static final String FAR = "09888110027";
    private static final String PER = "14819510084";
    private static final String KARI = "11828410018";

    private static final int[] PAIN = {2, 3, 2, 2, 4, 5, 3, 2, 2, 3, 3, 4, 6, 5, 4, 3, 3, 2, 4, 5, 4};
    private static final double[] SLEEP = {8, 7.5, 9, 8, 6, 5.5, 7, 8.5, 9, 8, 7, 6.5, 5, 6, 7, 7.5, 8, 8.5, 6, 5.5, 7};
    private static final String[] FAMILY_NOTES = {
        "Rolig dag. Var ute i rullestolen en halvtime i finværet.",
        "Urolig natt, snudd hver andre time. Litt tett i brystet om morgenen.",
        "God dag! Emma lo mye da bestemor var på besøk.",
        "Vondt i hoftene om kvelden; fikk paracetamol kl. 19.",
        "Sov lenge. Spiste godt til middag, fiskegrateng.",
        "Trøtt etter skolen, hvilte to timer på sofaen.",
        "Hørte på lydbok sammen. Emma smilte når vi sa navnet på hunden.",
    };
    private static final String[] ASSISTANT_NOTES = {
        "Gikk tur til butikken. Emma pekte på det hun ville ha på tavla.",
        "Brukte ståstativet 20 minutter før lunsj, gikk fint.",
        "Litt lei seg etter lunsj; roet seg med musikk.",
    };

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
    TemplateStore templates;

    /** After the demo family (priority 2000), which this adds to. */
    @Transactional
    void load(@Observes @Priority(3000) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        PersonSummary emmaPerson = person(EMMA);
        if (emmaPerson == null) {
            return;
        }
        ChildEntity emma = em.createQuery("select c from ChildEntity c where c.personId = :p", ChildEntity.class)
                .setParameter("p", emmaPerson.id()).getResultStream().findFirst().orElse(null);
        if (emma == null || !em.createQuery("select r.id from ReportEntity r where r.childId = :c")
                .setParameter("c", emma.id()).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Writer writer = new Writer(emma);
        LocalDate first = clock.today().minusDays(DAYS);
        int written = 0;
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = first.plusDays(i);
            written += daily(writer, i, day);
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY) {
                written += physiotherapy(writer, i, day);
            }
            if (weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.FRIDAY) {
                written += school(writer, i, day);
            }
        }
        int count = written;
        LOG.info(() -> "demo reports loaded: " + count + " reports for child " + emma.id());
    }

    private int daily(Writer writer, int i, LocalDate day) {
        String[] authors = {MOR, FAR, MOR, PER, FAR, MOR, PER};
        String author = authors[i % authors.length];
        int pain = PAIN[i];
        boolean seizure = i == 4 || i == 12 || i == 13 || i == 19;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pain", pain);
        values.put("mood", pain >= 5 ? (i % 2 == 0 ? "irritable" : "tired") : pain >= 3 ? "tired" : (i % 3 == 0 ? "calm" : "happy"));
        values.put("sleepHours", BigDecimal.valueOf(SLEEP[i]));
        values.put("sleepQuality", SLEEP[i] >= 8 ? "good" : SLEEP[i] >= 6.5 ? "fair" : "poor");
        values.put("nightWakings", SLEEP[i] < 6 ? 3 : SLEEP[i] < 7.5 ? 2 : i % 2);
        values.put("nutrition", pain >= 5 ? "ate-little" : i % 5 == 3 ? "ate-some" : "ate-well");
        values.put("fluids", 1100 + (i * 37 % 8) * 50);
        values.put("bowel", i % 7 == 5 ? "constipated" : i % 3 == 1 ? "none" : "normal");
        values.put("seizures", seizure);
        if (seizure) {
            values.put("seizureCount", i == 12 ? 2 : 1);
            values.put("longestSeizure", i == 12 ? 3 : 2);
        }
        boolean assistant = author.equals(PER);
        values.put("notes", assistant ? ASSISTANT_NOTES[i % ASSISTANT_NOTES.length]
                : FAMILY_NOTES[i % FAMILY_NOTES.length]);
        // the assistant's days are written for the team and family alike; one of them for the team only
        Audience audience = i == 10 ? Audience.TEAM : Audience.TEAM_AND_FAMILY;
        ReportEntity report = writer.write("daily-report", day, assistant ? LocalTime.of(15, 30) : LocalTime.of(20, 45),
                author, audience, values);
        if (i == 5) {
            Map<String, Object> corrected = new LinkedHashMap<>(values);
            corrected.put("pain", 6);
            corrected.put("notes", values.get("notes") + " Smerten ble verre utover kvelden.");
            writer.correct(report, day.plusDays(1), LocalTime.of(8, 10), author, corrected,
                    "Skrev feil smertetall; det var 6, ikke 5.");
        }
        return 1;
    }

    private int physiotherapy(Writer writer, int i, LocalDate day) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("duration", i % 2 == 0 ? 45 : 60);
        values.put("activities", i % 2 == 0 ? List.of("stretching", "breathing", "positioning")
                : List.of("stretching", "standing", "equipment"));
        values.put("painBefore", PAIN[i]);
        values.put("painAfter", Math.max(0, PAIN[i] - 1));
        values.put("tolerance", PAIN[i] >= 5 ? "fair" : "good");
        values.put("equipmentChecked", i % 2 == 1);
        values.put("homeProgramme", "Tøying av hofter og knær morgen og kveld, 10 minutter. Ståstativ 20 minutter "
                + "daglig hvis hun orker.");
        values.put("notes", PAIN[i] >= 5
                ? "Mer stiv i hoftene enn sist. Kortet ned økten og la vekt på leiring."
                : "Fin økt. God kontakt, samarbeidet godt på tøying.");
        Audience audience = i >= 14 && PAIN[i] >= 4 ? Audience.TEAM : Audience.TEAM_AND_FAMILY;
        ReportEntity report = writer.write("physiotherapy-session", day, LocalTime.of(11, 0), KARI, audience, values);
        if (i >= 7 && !writer.physiotherapyCorrected) {
            Map<String, Object> corrected = new LinkedHashMap<>(values);
            corrected.put("painAfter", PAIN[i]);
            writer.correct(report, day, LocalTime.of(16, 20), KARI, corrected,
                    "Smerten etter timen var uendret, ikke lavere.");
            writer.physiotherapyCorrected = true;
        }
        return 1;
    }

    private int school(Writer writer, int i, LocalDate day) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean tired = PAIN[i] >= 5;
        values.put("attendance", tired ? "part-day" : "full-day");
        values.put("arrivedAt", "08:30");
        values.put("leftAt", tired ? "11:45" : "14:00");
        values.put("rest", tired ? 60 : 30);
        values.put("energy", Math.max(1, 8 - PAIN[i]));
        values.put("mood", tired ? "tired" : "happy");
        values.put("ateLunch", !tired);
        values.put("activities", tired ? "Lesestund og musikk i klasserommet." : "Matematikk med øyestyring, "
                + "musikk og utetid med klassen.");
        values.put("notes", tired ? "Sliten fra morgenen, dro hjem før lunsj." : "En god skoledag!");
        writer.write("school-day", day, LocalTime.of(14, 15), PER, Audience.TEAM_AND_FAMILY, values);
        return 1;
    }

    private PersonSummary person(String nationalId) {
        return people.findByNationalId(NationalId.parse(nationalId, "demo")).orElse(null);
    }

    /** Writes demo reports as the façade would: checked values, the first version, a timeline event. */
    private final class Writer {

        private final ChildEntity child;
        private boolean physiotherapyCorrected;

        Writer(ChildEntity child) {
            this.child = child;
        }

        ReportEntity write(String key, LocalDate day, LocalTime time, String authorNationalId, Audience audience,
                           Map<String, Object> raw) {
            ReportTemplateEntity row = templates.version(key, 1).orElseThrow();
            ReportTemplate template = templates.template(row);
            String values = checked(template, raw);
            PersonSummary author = person(authorNationalId);
            OffsetDateTime at = at(day, time);
            var report = new ReportEntity(Ids.newId(), child.id(), row, day, audience.apiName(), values, author.id(),
                    author.displayName(), at);
            em.persist(report);
            em.flush(); // the report's row first: its first version refers to it
            em.persist(new ReportVersionEntity(Ids.newId(), report.id(), 1, values, null, author.id(),
                    author.displayName(), at));
            timeline.recordHistory(child.id(), at, Category.DAILY_REPORTS, "report-added", report.id(), audience, author.id(),
                    template.titleEn() + " for " + day + " by " + author.displayName(), false);
            return report;
        }

        void correct(ReportEntity report, LocalDate day, LocalTime time, String authorNationalId,
                     Map<String, Object> raw, String note) {
            ReportTemplate template = templates.template(templates.byId(report.templateId()));
            String values = checked(template, raw);
            PersonSummary author = person(authorNationalId);
            OffsetDateTime at = at(day, time);
            int version = report.correct(values, at);
            em.flush();
            em.persist(new ReportVersionEntity(Ids.newId(), report.id(), version, values, note, author.id(),
                    author.displayName(), at));
            timeline.recordHistory(child.id(), at, Category.DAILY_REPORTS, "report-corrected", report.id(),
                    Audience.fromApiName(report.audience(), "audience"), author.id(),
                    template.titleEn() + " for " + report.occurredOn() + " corrected by " + author.displayName(),
                    false);
        }

        private String checked(ReportTemplate template, Map<String, Object> raw) {
            Checks checks = new Checks();
            Map<String, Object> values = ReportValues.check(template.fields(), raw, "values", checks);
            checks.orThrow();
            return json.write(values);
        }

        private OffsetDateTime at(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(clock.zoneId()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
    }
}
