package no.sammen.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.UUID;

import no.sammen.benchmarks.SyntheticPeople.Person;

/**
 * The professionals the synthetic children share: every {@value #CHILDREN_PER_MUNICIPALITY} children live in one
 * synthetic municipality (its home-care nurses, occupational therapists and social worker), and every
 * {@value #MUNICIPALITIES_PER_HOSPITAL} municipalities are served by one hospital's palliative team (physicians and
 * nurses). Kari and Nina, the personas, are on every synthetic child's team besides.
 */
final class StaffRoster {

    static final int CHILDREN_PER_MUNICIPALITY = 25;
    static final int MUNICIPALITIES_PER_HOSPITAL = 8;

    private static final String[] MUNICIPALITIES = {"Askøy", "Bjørnafjorden", "Alver", "Øygarden", "Voss", "Kvam",
        "Stord", "Sunnfjord", "Molde", "Ålesund", "Levanger", "Steinkjer", "Bodø", "Harstad", "Alta", "Lillehammer",
        "Gjøvik", "Hamar", "Kongsberg", "Drammen", "Asker", "Lillestrøm", "Fredrikstad", "Sandefjord", "Larvik",
        "Skien", "Arendal", "Grimstad", "Sandnes", "Karmøy"};
    private static final String[] HOSPITALS = {"Haukeland", "St. Olavs hospital", "Oslo universitetssykehus",
        "Stavanger universitetssjukehus", "UNN Tromsø", "Sørlandet sykehus", "Sykehuset Innlandet",
        "Sykehuset i Vestfold", "Helse Møre og Romsdal", "Nordlandssykehuset"};

    /** One professional and the team role they have on the children's teams. */
    record Staff(Person person, String profession, String organisation) {
    }

    /** The staff around the children of one municipality. */
    record Municipality(String name, List<Staff> nurses, List<Staff> occupationalTherapists,
                        List<Staff> socialWorkers, List<Staff> physicians, List<Staff> palliativeNurses) {
    }

    private record Slot(String label, String profession, String organisation, String hprCode, String role,
                        List<Staff> into) {
    }

    private StaffRoster() {
    }

    static int municipalityOf(int childNumber) {
        return (childNumber - 1) / CHILDREN_PER_MUNICIPALITY;
    }

    static String municipalityName(int m) {
        int round = m / MUNICIPALITIES.length;
        return MUNICIPALITIES[m % MUNICIPALITIES.length] + (round == 0 ? "" : " " + (round + 1));
    }

    static String hospitalName(int h) {
        int round = h / HOSPITALS.length;
        return HOSPITALS[h % HOSPITALS.length] + (round == 0 ? "" : " " + (round + 1));
    }

    /**
     * The staff of the given municipalities: found in the database when an earlier run wrote them, otherwise
     * written now (in the caller's transaction).
     */
    static Map<Integer, Municipality> ensure(Connection db, SortedSet<Integer> municipalities, SyntheticIds ids,
                                             Instant now) throws SQLException {
        Map<Integer, Municipality> result = new HashMap<>();
        List<Slot> slots = new ArrayList<>();
        for (int m : municipalities) {
            String name = municipalityName(m);
            int h = m / MUNICIPALITIES_PER_HOSPITAL;
            String hospital = hospitalName(h);
            Municipality municipality = new Municipality(name, new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            result.put(m, municipality);
            String home = "Home care, " + name + " municipality";
            for (int i = 1; i <= 3; i++) {
                slots.add(new Slot("staff:m%04d:nurse:%d".formatted(m, i), "SP", home, "SP", "",
                        municipality.nurses()));
            }
            for (int i = 1; i <= 2; i++) {
                slots.add(new Slot("staff:m%04d:ot:%d".formatted(m, i), "ET",
                        "Occupational therapy, " + name + " municipality", "ET", "",
                        municipality.occupationalTherapists()));
            }
            slots.add(new Slot("staff:m%04d:social-worker:1".formatted(m), "social-worker",
                    "Child welfare services, " + name, null, "social-worker", municipality.socialWorkers()));
            String team = "Paediatric palliative team, " + hospital;
            for (int i = 1; i <= 3; i++) {
                slots.add(new Slot("staff:h%04d:physician:%d".formatted(h, i), "LE", team, "LE", "",
                        municipality.physicians()));
            }
            for (int i = 1; i <= 2; i++) {
                slots.add(new Slot("staff:h%04d:nurse:%d".formatted(h, i), "SP", team, "SP", "",
                        municipality.palliativeNurses()));
            }
        }

        Map<String, Person> existing = existing(db, slots);
        SyntheticBatch created = new SyntheticBatch();
        Map<String, Person> made = new HashMap<>();
        for (Slot slot : slots) {
            Person person = existing.get(slot.label());
            if (person == null) {
                person = made.get(slot.label());
            }
            if (person == null) {
                SplittableRandom random = new SplittableRandom(slot.label().hashCode());
                LocalDate born = LocalDate.of(1960 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String hpr = slot.hprCode() == null ? null : String.valueOf(80_000_000 + random.nextInt(9_999_999));
                person = SyntheticPeople.add(created, ids, random, slot.label(), SyntheticPeople.anyName(random), born,
                        hpr, slot.hprCode() == null ? "" : slot.hprCode(), slot.role(), now);
                made.put(slot.label(), person);
            }
            slot.into().add(new Staff(person, slot.profession(), slot.organisation()));
        }
        created.write(db);
        return result;
    }

    private static Map<String, Person> existing(Connection db, List<Slot> slots) throws SQLException {
        HexFormat hex = HexFormat.of();
        Map<String, String> labelByHash = new HashMap<>();
        for (Slot slot : slots) {
            labelByHash.put(hex.formatHex(SyntheticPeople.hash(slot.label())), slot.label());
        }
        Map<String, Person> found = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                select encode(p.national_id_hash, 'hex'), p.id, p.display_name
                  from unnest(?::text[]) h join identity.person p on p.national_id_hash = decode(h, 'hex')
                """)) {
            query.setArray(1, db.createArrayOf("text", labelByHash.keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(labelByHash.get(rows.getString(1)),
                            new Person(rows.getObject(2, UUID.class), rows.getString(3)));
                }
            }
        }
        return found;
    }
}
