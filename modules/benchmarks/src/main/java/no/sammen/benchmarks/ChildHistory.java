package no.sammen.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import no.sammen.benchmarks.StaffRoster.Municipality;
import no.sammen.benchmarks.StaffRoster.Staff;
import no.sammen.benchmarks.SyntheticPeople.Person;

/**
 * The years of one synthetic child's record, written as the application would have written them day by day: the
 * child, guardians and care team (with people leaving and joining), a daily report every evening (a few corrected
 * the next morning), observations several times a day (pain morning and evening, sleep, SpO2, seizures for the
 * children with epilepsy; a few out of range), the advance care plan in a handful of versions, tasks, and the
 * timeline events of all of it, each with the time it happened and the time it was recorded. Kari and Nina are on
 * every team; Kari has open tasks and a last visit some days back. The content follows from the child's number and
 * the seed, so a run writes the same children again (dated back from the day it runs).
 */
final class ChildHistory {

    /** What every child's history shares. */
    record World(Person kari, Person nina, UUID dailyReportTemplate, Instant now, ZoneId zone, int years,
                 int lastSeenDays, long seed) {

        LocalDate today() {
            return LocalDate.ofInstant(now, zone);
        }
    }

    /** The display name of synthetic child {@code number}: the tag that finds them again. */
    static String childName(int number) {
        return NAME_PREFIX + String.format("%05d", number);
    }

    static final String NAME_PREFIX = "Syntetisk barn ";

    private static final String TEAM = "team";
    private static final String FAMILY = "team-and-family";

    private static final String[] MOODS_GOOD = {"happy", "calm", "calm", "happy", "tired"};
    private static final String[] MOODS_BAD = {"tired", "irritable", "sad", "anxious", "tired"};
    private static final String[] FAMILY_NOTES = {
        "Rolig dag. Var ute i rullestolen en halvtime i finværet.",
        "Urolig natt, snudd hver andre time. Litt tett i brystet om morgenen.",
        "God dag! Lo mye da besteforeldrene var på besøk.",
        "Vondt i hoftene om kvelden; fikk paracetamol kl. 19.",
        "Sov lenge. Spiste godt til middag.",
        "Trøtt etter skolen, hvilte to timer på sofaen.",
        "Hørte på lydbok sammen. Smilte da vi sa navnet på hunden.",
        "Mye slim i dag, brukte hostemaskinen tre ganger.",
        "Badet i kveld, likte det godt.",
        "Litt feber om ettermiddagen, 37,9. Ga paracetamol, bedre etter en time.",
        "Kusinene var på besøk. Sliten, men glad.",
        "Vanskelig å finne en god stilling i senga i kveld.",
        "Rolig kveld med film i sofaen.",
        "Magevondt etter middag; gikk over etter hvile.",
    };
    private static final String[] ASSISTANT_NOTES = {
        "Gikk tur til butikken. Pekte på det som skulle kjøpes på tavla.",
        "Brukte ståstativet 20 minutter før lunsj, gikk fint.",
        "Litt lei seg etter lunsj; roet seg med musikk.",
        "Malte med fingermaling, stor stas.",
        "Hvilte en time etter skolen. Spiste lite til lunsj.",
        "Besøk på biblioteket, valgte to lydbøker.",
    };
    private static final String[] CORRECTION_NOTES = {
        "Skrev feil smertetall.", "Rettet antall oppvåkninger.", "Glemte å skrive om anfallet.",
        "Rettet væskemengden.",
    };
    private static final String[][] DIAGNOSES = {
        {"G71.0", "Muscular dystrophy"}, {"G12.0", "Spinal muscular atrophy, type I"},
        {"E75.2", "Metachromatic leukodystrophy"}, {"C71.9", "Brain tumour"}, {"G80.0", "Spastic cerebral palsy"},
        {"Q91.3", "Edwards syndrome"}, {"E76.0", "Mucopolysaccharidosis, type I"}, {"G31.8", "Batten disease"},
    };
    private static final Map<String, String[]> TASK_TITLES = Map.of(
            "FT", new String[] {"Check the standing frame at school", "Adjust the night splints",
                "Show the assistants the breathing exercises", "Review the positioning plan",
                "Try out the new wheelchair"},
            "ET", new String[] {"Fit the wheelchair seating after the growth spurt", "Order a shower chair",
                "Adapt the communication board", "Check the lift in the bathroom"},
            "SP", new String[] {"Check the gastrostomy site", "Review pain medication with the parents",
                "Renew the medication list", "Teach the assistants suction"},
            "LE", new String[] {"Go through the rescue medication plan with the parents", "Renew prescriptions",
                "Review the care plan after the admission", "Answer the school's questions about seizures"},
            "personal-assistant", new String[] {"Film seizures for the neurologist",
                "Keep a sleep diary for two weeks", "Note fluids for a week"},
            "teacher", new String[] {"Plan rest periods in the school day", "Arrange a quiet room at school"},
            "social-worker", new String[] {"Apply for respite care", "Help the family apply for care allowance",
                "Arrange a meeting with the housing office"});
    private static final String[] TASK_DESCRIPTIONS = {
        "The parents asked about this at the last meeting. Please look at it within the due date.",
        "Discussed at the team meeting; please report back in the record when done.",
        "Needed before the next school term.",
        null,
    };
    private static final String[] DECLINE_COMMENTS = {
        "I have not been shown how to do this yet. Please show me first, then ask again.",
        "This belongs to the hospital team; I will ask them to take it.",
        "I am away the next three weeks. Please ask someone else.",
    };
    private static final String[] CARE_PLAN_NOTES = {
        "After the family meeting", "Updated symptom plans after the admission", "New seizure plan",
        "The family's wishes for the place of death", "Resuscitation decision reviewed with the parents",
        "Who to call, updated after the change of coordinator's phone",
    };
    private static final String[] RESUSCITATION = {"full-resuscitation", "no-intubation", "no-cpr", "comfort-only"};

    private final World world;
    private final int number;
    private final Municipality municipality;
    private final SyntheticBatch batch;
    private final SyntheticIds ids;
    private final SplittableRandom random;
    private final LocalDate start;
    private final LocalDate today;

    private UUID childId;
    private final List<Person> guardians = new ArrayList<>();
    private final List<Membership> team = new ArrayList<>();
    private Staff nurse;
    private Staff physician;
    /** Half the children have epilepsy (seizure observations, rescue medication, a seizure plan); drawn once. */
    private boolean epilepsyKnown;
    private boolean epilepsy;

    private record Membership(UUID id, Person person, String profession, LocalDate from, LocalDate to) {

        boolean activeOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    ChildHistory(World world, int number, Municipality municipality, SyntheticBatch batch, SyntheticIds ids) {
        this.world = world;
        this.number = number;
        this.municipality = municipality;
        this.batch = batch;
        this.ids = ids;
        this.random = new SplittableRandom(world.seed() * 1_000_003L + number);
        this.today = world.today();
        this.start = today.minusYears(world.years());
    }

    /** Adds the child's whole history to the batch. */
    void write() {
        Instant registered = at(start, 9, 0);
        family(registered);
        careTeam();
        days();
        carePlan();
        tasks();
        lastSeen();
        batch.childCount++;
    }

    // --- the family -------------------------------------------------------------------------------------------

    private void family(Instant registered) {
        String surname = SyntheticPeople.surname(random);
        int minimumAge = world.years() + 1;
        int age = minimumAge + random.nextInt(Math.max(1, 18 - minimumAge));
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        String label = String.format("%05d", number);
        Person child = SyntheticPeople.add(batch, ids, random, "child:" + label, childName(number), born, null, "",
                "", registered);
        int guardianCount = random.nextInt(100) < 85 ? 2 : 1;
        for (int g = 1; g <= guardianCount; g++) {
            String first = g == 1 ? SyntheticPeople.womansName(random) : SyntheticPeople.mansName(random);
            String name = first.substring(0, first.indexOf(' ')) + " " + surname;
            guardians.add(SyntheticPeople.add(batch, ids, random, "guardian:" + label + ":" + g, name,
                    born.minusYears(25 + random.nextInt(15)).minusDays(random.nextInt(365)), null, "", "",
                    registered));
        }

        childId = ids.next();
        String[] diagnosis = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
        boolean epilepsy = hasEpilepsy();
        JsonText contacts = JsonText.array();
        for (Person g : guardians) {
            contacts.addJson(JsonText.object().put("name", g.name()).put("relation", guardians.indexOf(g) == 0
                    ? "mother" : "father").put("phone", "+47 9" + (10_000_000 + random.nextInt(89_999_999)))
                    .end());
        }
        contacts.addJson(JsonText.object().put("name", "Palliative team, on call").put("relation", "hospital")
                .put("phone", "+47 22 00 00 00").put("note", "24/7").end());
        JsonText diagnoses = JsonText.array().addJson(JsonText.object().put("code", diagnosis[0])
                .put("text", diagnosis[1]).put("since", start.minusYears(1).toString()).end());
        JsonText medications = JsonText.array().addJson(JsonText.object().put("name", "Paracetamol")
                .put("dose", "250 mg").put("route", "oral").put("schedule", "if needed, at most four times a day")
                .end());
        if (epilepsy) {
            diagnoses.addJson(JsonText.object().put("code", "G40.9").put("text", "Epilepsy")
                    .put("since", start.minusMonths(6).toString()).end());
            medications.addJson(JsonText.object().put("name", "Levetiracetam").put("dose", "250 mg")
                    .put("route", "oral").put("schedule", "morning and evening").end());
            medications.addJson(JsonText.object().put("name", "Midazolam").put("dose", "5 mg").put("route", "buccal")
                    .put("schedule", "if a seizure lasts over 5 minutes").put("note", "Rescue").end());
        }
        batch.children.uuid(childId).uuid(child.id()).text(child.name()).date(born).text(contacts.end())
                .text(diagnoses.end()).text(medications.end()).uuid(world.nina().id()).instant(registered)
                .instant(registered).number(0).end();

        batch.family.uuid(childId).uuid(child.id()).text("child").uuid(world.nina().id()).instant(registered).end();
        event(registered, registered, "identity", "child-registered", childId, FAMILY, world.nina(),
                "Record created by " + world.nina().name(), false);
        for (Person g : guardians) {
            Instant added = registered.plusSeconds(60L * (1 + guardians.indexOf(g)));
            batch.family.uuid(childId).uuid(g.id()).text("guardian").uuid(world.nina().id()).instant(added).end();
            event(added, added, "care-team", "guardian-added", g.id(), FAMILY, world.nina(),
                    g.name() + " was added as guardian", false);
        }
    }

    private boolean hasEpilepsy() {
        if (!epilepsyKnown) {
            epilepsy = random.nextBoolean();
            epilepsyKnown = true;
        }
        return epilepsy;
    }

    // --- the care team ----------------------------------------------------------------------------------------

    private void careTeam() {
        String place = municipality.name() + " municipality";
        member(world.nina(), "SP", "Home care, " + place, "coordinator", start, null);
        member(world.kari(), "FT", "Physiotherapy, " + place, "member", start, null);
        nurse = pick(municipality.nurses());
        member(nurse, start, null);
        if (random.nextBoolean()) {
            member(other(municipality.nurses(), nurse), start, null);
        }
        member(pick(municipality.occupationalTherapists()), start, null);
        member(pick(municipality.socialWorkers()), start, null);
        physician = pick(municipality.physicians());
        member(physician, start, null);
        member(pick(municipality.palliativeNurses()), start, null);

        // Teachers change with the school; assistants come and go.
        String label = String.format("%05d", number);
        String school = SyntheticPeople.surname(random) + " school";
        LocalDate teacherFrom = start;
        int teachers = 0;
        while (teacherFrom.isBefore(today)) {
            teachers++;
            LocalDate next = teacherFrom.plusDays(700 + random.nextInt(400));
            Person teacher = SyntheticPeople.add(batch, ids, random, "teacher:" + label + ":" + teachers,
                    SyntheticPeople.anyName(random), LocalDate.of(1965 + random.nextInt(30), 1 + random.nextInt(12),
                            1 + random.nextInt(28)), null, "", "teacher", at(teacherFrom, 10, 0));
            member(teacher, "teacher", school, "member", teacherFrom, next.isBefore(today) ? next.minusDays(1) : null);
            teacherFrom = next;
        }
        int assistants = 0;
        for (int slot = 0; slot < 3; slot++) {
            LocalDate from = start;
            while (from.isBefore(today)) {
                assistants++;
                boolean leaves = random.nextInt(100) < 35;
                LocalDate to = leaves ? from.plusDays(180 + random.nextInt(900)) : null;
                if (to != null && !to.isBefore(today.minusDays(14))) {
                    to = null;
                }
                Person assistant = SyntheticPeople.add(batch, ids, random, "assistant:" + label + ":" + assistants,
                        SyntheticPeople.anyName(random), LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12),
                                1 + random.nextInt(28)), null, "", "personal-assistant", at(from, 10, 0));
                member(assistant, "personal-assistant", "Personal assistants of " + childName(number), "member",
                        from, to);
                if (to == null) {
                    break;
                }
                from = to.plusDays(7);
            }
        }
    }

    private void member(Staff staff, LocalDate from, LocalDate to) {
        member(staff.person(), staff.profession(), staff.organisation(), "member", from, to);
    }

    private void member(Person person, String profession, String organisation, String role, LocalDate from,
                        LocalDate to) {
        UUID id = ids.next();
        Instant added = at(from, 10, team.size());
        batch.team.uuid(id).uuid(childId).uuid(person.id()).text(person.name()).text(profession).text(organisation)
                .text(role).date(from).date(to).uuid(world.nina().id()).instant(added).end();
        event(added, added, "care-team", "member-added", id, FAMILY, world.nina(),
                person.name() + " joined the care team (" + profession + ")", false);
        if (to != null) {
            Instant ended = at(to, 16, 0);
            event(ended, ended, "care-team", "member-ended", id, FAMILY, world.nina(),
                    person.name() + " left the care team", false);
        }
        team.add(new Membership(id, person, profession, from, to));
    }

    private Staff pick(List<Staff> staff) {
        return staff.get(random.nextInt(staff.size()));
    }

    private Staff other(List<Staff> staff, Staff not) {
        Staff s = pick(staff);
        return s.equals(not) ? staff.get((staff.indexOf(s) + 1) % staff.size()) : s;
    }

    // --- day by day: reports and observations -------------------------------------------------------------------

    private void days() {
        double painBase = 1.0 + random.nextDouble();
        int flareDays = 0;
        int flareExtra = 0;
        int dayIndex = 0;
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1), dayIndex++) {
            if (flareDays == 0 && random.nextInt(1000) < 15) {
                flareDays = 3 + random.nextInt(8);
                flareExtra = 2 + random.nextInt(3);
            }
            int extra = flareDays > 0 ? flareExtra : 0;
            if (flareDays > 0) {
                flareDays--;
            }
            int painMorning = clamp((int) Math.round(painBase + extra + random.nextGaussian() * 0.8), 0, 10);
            int painEvening = clamp((int) Math.round(painBase + extra + 0.3 + random.nextGaussian() * 0.8), 0, 10);
            boolean badNight = random.nextInt(100) < 6;
            double sleep = badNight ? 5 + random.nextInt(6) * 0.5 : 8.5 + random.nextInt(5) * 0.5;
            int spo2 = random.nextInt(100) < 2 ? 89 + random.nextInt(5) : 95 + random.nextInt(5);
            int seizures = hasEpilepsy() && random.nextInt(100) < 5 ? 1 + random.nextInt(3) : 0;

            DayOfWeek weekday = day.getDayOfWeek();
            boolean nurseVisit = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
            Person guardian = guardians.get(dayIndex % guardians.size());
            Person morningAuthor = nurseVisit ? nurse.person() : guardian;

            observation("sleep-hours", decimal(sleep), sleep < 8 || sleep > 12, day, 7, 30, guardian, FAMILY, null);
            observation("pain-score", Integer.toString(painMorning), painMorning > 3, day, 8, 15, morningAuthor,
                    FAMILY, null);
            observation("spo2", Integer.toString(spo2), spo2 < 94, day, 8, 20, morningAuthor, FAMILY, null);
            if (weekday == DayOfWeek.TUESDAY) {
                int duringPhysio = random.nextInt(100) < 3 ? 92 : 95 + random.nextInt(4);
                observation("spo2", Integer.toString(duringPhysio), duringPhysio < 94, day, 15, 0, world.kari(), TEAM,
                        "During physiotherapy");
            }
            observation("pain-score", Integer.toString(painEvening), painEvening > 3, day, 19, 30, guardian, FAMILY,
                    painEvening > 5 ? "Hurts more in the evening" : null);
            if (hasEpilepsy()) {
                observation("seizure-count", Integer.toString(seizures), seizures > 0, day, 21, 0, guardian, FAMILY,
                        seizures > 0 ? "Short focal seizure, no rescue medicine needed" : null);
            }
            dailyReport(day, dayIndex, guardian, painEvening, sleep, seizures);
        }
    }

    private void dailyReport(LocalDate day, int dayIndex, Person guardian, int pain, double sleep, int seizures) {
        DayOfWeek weekday = day.getDayOfWeek();
        Person author = guardian;
        int hour = 20;
        int minute = 45;
        boolean assistantDay = weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.FRIDAY;
        if (assistantDay) {
            Person assistant = activeAssistant(day);
            if (assistant != null) {
                author = assistant;
                hour = 15;
                minute = 30;
            }
        }
        Instant written = at(day, hour, minute);
        if (written.isAfter(world.now())) {
            return;
        }
        String values = reportValues(pain, sleep, seizures, author != guardian);
        String audience = random.nextInt(100) < 4 ? TEAM : FAMILY;
        UUID reportId = ids.next();
        boolean corrected = random.nextInt(100) < 2;
        Instant correctedAt = at(day.plusDays(1), 8, 10);
        if (corrected && correctedAt.isAfter(world.now())) {
            corrected = false;
        }
        String correctedValues = corrected ? reportValues(Math.min(10, pain + 1), sleep, seizures, author != guardian)
                : values;
        batch.reports.uuid(reportId).uuid(childId).uuid(world.dailyReportTemplate()).text("daily-report").number(1)
                .date(day).text(audience).number(corrected ? 2 : 1).text(correctedValues).uuid(author.id())
                .text(author.name()).instant(written).instant(corrected ? correctedAt : written)
                .number(corrected ? 1 : 0).end();
        batch.reportVersions.uuid(ids.next()).uuid(reportId).number(1).text(values).nothing().uuid(author.id())
                .text(author.name()).instant(written).end();
        event(written, written, "daily-reports", "report-added", reportId, audience, author,
                "Daily report for " + day + " by " + author.name(), false);
        if (corrected) {
            batch.reportVersions.uuid(ids.next()).uuid(reportId).number(2).text(correctedValues)
                    .text(CORRECTION_NOTES[random.nextInt(CORRECTION_NOTES.length)]).uuid(author.id())
                    .text(author.name()).instant(correctedAt).end();
            event(correctedAt, correctedAt, "daily-reports", "report-corrected", reportId, audience, author,
                    "Daily report for " + day + " corrected by " + author.name(), false);
        }
    }

    private String reportValues(int pain, double sleep, int seizures, boolean assistant) {
        JsonText values = JsonText.object()
                .put("pain", pain)
                .put("mood", pain >= 5 ? MOODS_BAD[random.nextInt(MOODS_BAD.length)]
                        : MOODS_GOOD[random.nextInt(MOODS_GOOD.length)])
                .putDecimal("sleepHours", decimal(sleep))
                .put("sleepQuality", sleep >= 8.5 ? "good" : sleep >= 7 ? "fair" : "poor")
                .put("nightWakings", sleep < 6.5 ? 3 + random.nextInt(3) : random.nextInt(3))
                .put("nutrition", pain >= 5 ? "ate-little" : random.nextInt(10) < 2 ? "ate-some"
                        : random.nextInt(20) == 0 ? "tube-only" : "ate-well")
                .put("fluids", 900 + 50L * random.nextInt(14))
                .put("bowel", random.nextInt(7) == 0 ? "constipated" : random.nextInt(3) == 0 ? "none" : "normal")
                .put("seizures", seizures > 0);
        if (seizures > 0) {
            values.put("seizureCount", seizures).put("longestSeizure", 1 + random.nextInt(4));
        }
        if (random.nextInt(10) < 8) {
            values.put("notes", assistant ? ASSISTANT_NOTES[random.nextInt(ASSISTANT_NOTES.length)]
                    : FAMILY_NOTES[random.nextInt(FAMILY_NOTES.length)]);
        }
        return values.end();
    }

    private Person activeAssistant(LocalDate day) {
        for (Membership m : team) {
            if (m.profession().equals("personal-assistant") && m.activeOn(day)) {
                return m.person();
            }
        }
        return null;
    }

    private void observation(String kind, String value, boolean outOfRange, LocalDate day, int hour, int minute,
                             Person author, String audience, String note) {
        Instant observed = at(day, hour, minute);
        if (observed.isAfter(world.now())) {
            return;
        }
        Instant recorded;
        if (hour >= 19 && random.nextInt(100) < 8) {
            recorded = at(day.plusDays(1), 7, random.nextInt(60)); // entered the next morning
        } else {
            recorded = observed.plusSeconds(60L * random.nextInt(20));
        }
        if (recorded.isAfter(world.now())) {
            recorded = world.now();
        }
        UUID id = ids.next();
        String unit;
        String summary;
        switch (kind) {
            case "pain-score" -> {
                unit = "/10";
                summary = "Pain score: " + value + " /10" + (outOfRange ? " (reference 0–3)" : "");
            }
            case "sleep-hours" -> {
                unit = "h";
                summary = "Sleep: " + value + " h" + (outOfRange ? " (reference 8–12)" : "");
            }
            case "spo2" -> {
                unit = "%";
                summary = "Oxygen saturation (SpO2): " + value + " %" + (outOfRange ? " (reference 94–100)" : "");
            }
            case "seizure-count" -> {
                unit = "count";
                summary = "Seizures: " + value + " count" + (outOfRange ? " (reference 0–0)" : "");
            }
            default -> throw new IllegalArgumentException(kind);
        }
        batch.observations.uuid(id).uuid(childId).text(kind).decimal(value).text(unit).instant(observed)
                .bool(outOfRange).text(audience).text(note).uuid(author.id()).text(author.name()).instant(recorded)
                .end();
        event(observed, recorded, "observations", "observation-added", id, audience, author,
                summary + ", recorded by " + author.name(), outOfRange);
    }

    // --- the advance care plan ------------------------------------------------------------------------------------

    private void carePlan() {
        LocalDate day = start.plusDays(2);
        int number = 0;
        UUID current = null;
        Instant updated = null;
        int changes = 0;
        while (!day.isAfter(today)) {
            Instant at = at(day, 10, 0);
            if (at.isAfter(world.now())) {
                break;
            }
            number++;
            Person author = number == 1 || random.nextBoolean() ? physician.person() : world.nina();
            String note = number == 1 ? "First plan, from the meeting with the family"
                    : CARE_PLAN_NOTES[random.nextInt(CARE_PLAN_NOTES.length)];
            UUID version = ids.next();
            batch.carePlanVersions.uuid(version).uuid(childId).number(number).text(sections(number)).text(FAMILY)
                    .text(note).uuid(author.id()).text(author.name()).instant(at).end();
            event(at, at, "care-plan", "care-plan-changed", version, FAMILY, author,
                    "Care plan version " + number + " by " + author.name() + ": " + note, false);
            current = version;
            updated = at;
            changes++;
            if (number == 1 || random.nextInt(100) < 85) {
                Instant signed = at.plus(Duration.ofHours(24L * (1 + random.nextInt(4)) + 4));
                if (!signed.isAfter(world.now())) {
                    batch.carePlanSignOffs.uuid(version).uuid(childId).uuid(physician.person().id())
                            .text(physician.person().name()).instant(signed).end();
                    event(signed, signed, "care-plan", "care-plan-signed", version, FAMILY, physician.person(),
                            "Care plan version " + number + " signed off by " + physician.person().name(), false);
                    updated = signed;
                    changes++;
                }
            }
            day = day.plusDays(200 + random.nextInt(300));
        }
        if (current != null) {
            batch.carePlans.uuid(childId).uuid(current).number(number).instant(updated).number(changes - 1L).end();
        }
    }

    private String sections(int version) {
        String decision = RESUSCITATION[Math.min(version - 1, RESUSCITATION.length - 1)];
        JsonText symptoms = JsonText.array().addJson(JsonText.object().put("symptom", "Pain")
                .put("plan", "Paracetamol as prescribed; call the home care nurse if the pain score stays above 3.")
                .end());
        if (hasEpilepsy()) {
            symptoms.addJson(JsonText.object().put("symptom", "Seizures").put("plan",
                    "Buccal midazolam 5 mg if a seizure lasts over 5 minutes; call the palliative team afterwards.")
                    .end());
        }
        if (version >= 3) {
            symptoms.addJson(JsonText.object().put("symptom", "Breathlessness").put("plan",
                    "Raise the head end, fan, and morphine as prescribed; call the palliative team if no better.")
                    .end());
        }
        JsonText whoToCall = JsonText.array()
                .addJson(JsonText.object().put("when", "Daytime, weekdays").put("name", world.nina().name())
                        .put("role", "Care coordinator").put("phone", "+47 900 00 010").end())
                .addJson(JsonText.object().put("when", "Evenings, nights and weekends")
                        .put("name", "Palliative team, on call").put("role", "Hospital").put("phone", "+47 22 00 00 00")
                        .end());
        return JsonText.object()
                .put("goalsOfCare", "Lives at home with the family and goes to school when there is strength for "
                        + "it.\nCare aims at comfort, school and time with friends and family."
                        + (version >= 2 ? "\nShort hospital stays only for symptoms that cannot be relieved at home."
                        : ""))
                .putJson("resuscitation", JsonText.object().put("decision", decision)
                        .put("text", "Agreed with the child and the parents (version " + version + ").").end())
                .put("preferredPlaceOfCare", "Home, with the municipal home care team"
                        + (version >= 2 ? "; the children's hospice for respite." : "."))
                .put("preferredPlaceOfDeath", version >= 3 ? "At home, if it can be arranged." : "Not yet discussed.")
                .putJson("symptomPlans", symptoms.end())
                .putJson("whoToCall", whoToCall.end())
                .end();
    }

    // --- tasks ----------------------------------------------------------------------------------------------------

    private void tasks() {
        LocalDate day = start.plusDays(7 + random.nextInt(14));
        LocalDate openSince = today.minusDays(30);
        while (day.isBefore(openSince)) {
            Membership assignee = random.nextInt(4) == 0 ? membership(world.kari()) : team.get(random.nextInt(team.size()));
            if (assignee.activeOn(day) && !assignee.person().equals(world.nina())) {
                int outcome = random.nextInt(100);
                String status = outcome < 15 ? "declined" : outcome < 20 ? "cancelled" : outcome < 92 ? "done"
                        : "cancelled";
                task(assignee, day, status, outcome >= 20);
            }
            day = day.plusDays(10 + random.nextInt(20));
        }
        // Kari's open tasks: one waiting for her answer, one she has accepted.
        task(membership(world.kari()), today.minusDays(4), "proposed", false);
        task(membership(world.kari()), today.minusDays(15), "active", true);
        // Someone else's open task on the same record.
        Membership other = team.get(2 + random.nextInt(team.size() - 2));
        if (other.activeOn(today)) {
            task(other, today.minusDays(2 + random.nextInt(20)), random.nextBoolean() ? "proposed" : "active",
                    true);
        }
    }

    private Membership membership(Person person) {
        return team.stream().filter(m -> m.person().equals(person)).findFirst().orElseThrow();
    }

    private void task(Membership assignee, LocalDate day, String status, boolean accepted) {
        String[] titles = TASK_TITLES.getOrDefault(assignee.profession(), TASK_TITLES.get("SP"));
        String title = titles[random.nextInt(titles.length)];
        String description = TASK_DESCRIPTIONS[random.nextInt(TASK_DESCRIPTIONS.length)];
        String audience = random.nextInt(100) < 60 ? TEAM : FAMILY;
        LocalDate due = random.nextInt(5) == 0 ? null : day.plusDays(7 + random.nextInt(15));
        Person nina = world.nina();
        Person person = assignee.person();
        UUID id = ids.next();
        Instant created = at(day, 9 + random.nextInt(6), random.nextInt(60));
        event(created, created, "tasks", "task-proposed", id, audience, nina,
                nina.name() + " proposed a task to " + person.name() + ": " + title, false);
        String comment = null;
        Instant answered = null;
        Instant closed = null;
        Instant updated = created;
        int transitions = 0;
        if (!status.equals("proposed") && !(status.equals("cancelled") && !accepted)) {
            answered = created.plus(Duration.ofHours(18 + random.nextInt(30)));
            updated = answered;
            transitions++;
            if (status.equals("declined")) {
                comment = DECLINE_COMMENTS[random.nextInt(DECLINE_COMMENTS.length)];
                event(answered, answered, "tasks", "task-declined", id, audience, person,
                        person.name() + " declined the task: " + title, false);
            } else {
                comment = random.nextInt(3) == 0 ? "Yes, I will see to it." : null;
                event(answered, answered, "tasks", "task-accepted", id, audience, person,
                        person.name() + " accepted the task: " + title, false);
            }
        }
        if (status.equals("done") || status.equals("cancelled")) {
            closed = (answered != null ? answered : created).plus(Duration.ofDays(2 + random.nextInt(18)));
            updated = closed;
            transitions++;
            if (status.equals("done")) {
                event(closed, closed, "tasks", "task-completed", id, audience, person,
                        person.name() + " completed the task: " + title, false);
            } else {
                event(closed, closed, "tasks", "task-cancelled", id, audience, nina,
                        nina.name() + " cancelled the task: " + title, false);
            }
        }
        batch.tasks.uuid(id).uuid(childId).text(title).text(description).uuid(person.id()).date(due).text(audience)
                .text(status).uuid(nina.id()).instant(created).text(comment).instant(answered).instant(closed)
                .instant(updated).number(transitions).end();
    }

    // --- last visits ----------------------------------------------------------------------------------------------

    private void lastSeen() {
        int days = number == 1 ? world.lastSeenDays() : 1 + random.nextInt(Math.max(1, 2 * world.lastSeenDays()));
        Instant kariSeen = world.now().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
        batch.lastSeen.uuid(childId).uuid(world.kari().id()).instant(kariSeen).end();
        Instant ninaSeen = world.now().minus(Duration.ofHours(2 + random.nextInt(60))).truncatedTo(ChronoUnit.MINUTES);
        batch.lastSeen.uuid(childId).uuid(world.nina().id()).instant(ninaSeen).end();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private void event(Instant occurred, Instant recorded, String category, String kind, UUID entry, String audience,
                       Person author, String summary, boolean flagged) {
        batch.events.uuid(ids.next()).uuid(childId).instant(occurred).instant(recorded).text(category).text(kind)
                .uuid(entry).text(audience).uuid(author.id()).text(summary).bool(flagged).end();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(world.zone()).toInstant();
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    /** {@code 9.0} as {@code 9}, {@code 7.5} as {@code 7.5}: how the application normalises numbers. */
    static String decimal(double halfSteps) {
        long whole = (long) halfSteps;
        return halfSteps == whole ? Long.toString(whole) : whole + ".5";
    }
}
