package no.sammen.benchmarks;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import no.sammen.benchmarks.SyntheticPeople.Person;

/**
 * Writes the large synthetic data set into the development database: {@code -Dchildren} synthetic children
 * ("Syntetisk barn 00001", ...) with {@code -Dyears} of records each (see {@link ChildHistory}), straight into the
 * tables with PostgreSQL's {@code COPY}, a few children per transaction. Run while the development stack's
 * PostgreSQL runs ({@code mvn -Prun}), at the repository root:
 *
 * <pre>mvn -q -pl modules/benchmarks -Psynthetic -Dchildren=500 -Dyears=5</pre>
 *
 * <p>Idempotent: children that exist (by name, on a person with the synthetic key id) are kept as they are and only
 * the missing numbers are written, so a run can be repeated, interrupted and resumed, or grown to more children.
 * {@code -Dreset=true} first removes every synthetic child and person. Afterwards it runs {@code VACUUM ANALYZE} on
 * the tables it wrote (as autovacuum eventually would), and prints the rows, the time and the database size.
 *
 * <p>Other settings: {@code -Dbatch} children per transaction (5), {@code -DlastSeenDays} how long ago Kari last
 * looked at child 1 (7; other children 1 to twice that), {@code -Dseed} (1), {@code -Ddb.url}, {@code -Ddb.user},
 * {@code -Ddb.password} (the development stack's), {@code -Dsammen.zone} (Europe/Oslo).
 */
public final class SyntheticData {

    static final int DEFAULT_CHILDREN = 500;

    // The program's console is its user interface.
    private static final PrintStream CONSOLE = System.out;

    private static final List<String> TABLES = List.of("identity.person", "records.child", "records.family_member",
            "records.care_team_member", "records.report", "records.report_version", "records.observation",
            "records.care_plan_version", "records.care_plan_sign_off", "records.care_plan", "records.task",
            "records.timeline_event", "records.last_seen");

    private SyntheticData() {
    }

    public static void main(String[] args) throws Exception {
        int children = Integer.getInteger("children", DEFAULT_CHILDREN);
        int years = Integer.getInteger("years", 5);
        int batchSize = Math.max(1, Integer.getInteger("batch", 5));
        int lastSeenDays = Math.max(1, Integer.getInteger("lastSeenDays", 7));
        long seed = Long.getLong("seed", 1L);
        boolean reset = Boolean.getBoolean("reset");
        String url = System.getProperty("db.url", DevStackFiles.DEFAULT_JDBC_URL);
        ZoneId zone = ZoneId.of(System.getProperty("sammen.zone", "Europe/Oslo"));
        if (children < 1 || years < 1 || years > 16) {
            throw new IllegalArgumentException("-Dchildren must be at least 1 and -Dyears from 1 to 16");
        }

        DevStackFiles files = DevStackFiles.find();
        Personas personas = new Personas(files);
        long started = System.nanoTime();
        CONSOLE.printf("Synthetic data: %d children, %d years each, into %s%n", children, years, url);
        try (Connection db = DriverManager.getConnection(url, System.getProperty("db.user", DevStackFiles.DEFAULT_DB_USER),
                System.getProperty("db.password", DevStackFiles.DEFAULT_DB_PASSWORD))) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                // A lost last batch after a crash is harmless here (the run is idempotent); waiting for each flush is not.
                s.execute("set synchronous_commit = off");
            }
            requireSchema(db);
            Person kari = personas.require(db, "kari");
            Person nina = personas.require(db, "nina");
            UUID template = dailyReportTemplate(db);
            if (reset) {
                remove(db);
            }
            SortedSet<Integer> missing = new TreeSet<>();
            for (int n = 1; n <= children; n++) {
                missing.add(n);
            }
            int present = existing(db, missing);
            CONSOLE.printf("%d of them exist already; writing %d.%n", present, missing.size());

            long rows = 0;
            if (!missing.isEmpty()) {
                SyntheticIds ids = new SyntheticIds(seed ^ System.nanoTime());
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                SortedSet<Integer> municipalities = new TreeSet<>();
                missing.forEach(n -> municipalities.add(StaffRoster.municipalityOf(n)));
                Map<Integer, StaffRoster.Municipality> roster = StaffRoster.ensure(db, municipalities, ids, now);
                db.commit();
                var world = new ChildHistory.World(kari, nina, template, now, zone, years, lastSeenDays, seed);
                rows = write(db, world, roster, new ArrayList<>(missing), batchSize, ids, started);
            }
            CONSOLE.printf("Consents: %,d synthetic families consented for their team's professions.%n",
                    consentForTheTeams(db));
            db.commit();
            Duration writing = Duration.ofNanos(System.nanoTime() - started);
            CONSOLE.printf("Wrote %,d rows for %d children in %s (%,.0f rows/s).%n", rows, missing.size(),
                    human(writing), rows / Math.max(0.001, writing.toMillis() / 1000.0));

            long vacuumStarted = System.nanoTime();
            CONSOLE.println("VACUUM ANALYZE of the tables written (visibility map and planner statistics) ...");
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                for (String table : TABLES) {
                    s.execute("vacuum analyze " + table);
                }
            }
            CONSOLE.printf("VACUUM ANALYZE took %s.%n", human(Duration.ofNanos(System.nanoTime() - vacuumStarted)));
            report(db, children);
        }
        CONSOLE.printf("Total time: %s.%n", human(Duration.ofNanos(System.nanoTime() - started)));
    }

    /** Generates batches on a second thread while this one COPYs the previous batch. */
    private static long write(Connection db, ChildHistory.World world, Map<Integer, StaffRoster.Municipality> roster,
                              List<Integer> numbers, int batchSize, SyntheticIds ids, long started)
            throws SQLException, InterruptedException {
        BlockingQueue<Optional<SyntheticBatch>> queue = new ArrayBlockingQueue<>(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread generator = new Thread(() -> {
            try {
                for (int i = 0; i < numbers.size(); i += batchSize) {
                    SyntheticBatch batch = new SyntheticBatch();
                    for (int n : numbers.subList(i, Math.min(numbers.size(), i + batchSize))) {
                        new ChildHistory(world, n, roster.get(StaffRoster.municipalityOf(n)), batch, ids).write();
                    }
                    queue.put(Optional.of(batch));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure.set(e);
            } finally {
                try {
                    queue.put(Optional.empty());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "synthetic-data-generator");
        generator.setDaemon(true);
        generator.start();

        long rows = 0;
        int done = 0;
        long lastPrint = 0;
        try {
            for (Optional<SyntheticBatch> next = queue.take(); next.isPresent(); next = queue.take()) {
                SyntheticBatch batch = next.get();
                batch.write(db);
                db.commit();
                rows += batch.rows();
                done += batch.childCount;
                long now = System.nanoTime();
                if (now - lastPrint > 10_000_000_000L || done == numbers.size()) {
                    lastPrint = now;
                    double seconds = (now - started) / 1e9;
                    long left = (long) (seconds / done * (numbers.size() - done));
                    CONSOLE.printf("  %,d/%,d children, %,d rows, %,.0f rows/s, %s elapsed, about %s left%n", done,
                            numbers.size(), rows, rows / seconds, human(Duration.ofNanos(now - started)),
                            human(Duration.ofSeconds(left)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            generator.interrupt();
            throw e;
        }
        generator.join(60_000);
        if (failure.get() != null) {
            throw new IllegalStateException("generating the synthetic records failed", failure.get());
        }
        return rows;
    }

    /**
     * The family's consent, as the access rule needs it (ADR 0014): per synthetic child without one, a guardian
     * consents for every profession on the team to every data category. Idempotent.
     */
    private static int consentForTheTeams(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            int granted = s.executeUpdate("""
                    insert into consent.consent (id, child_id, recipient_kind, recipient, recipient_label, categories,
                                                 purpose, valid_from, valid_to, status, version, granted_by, created_at,
                                                 changed_by, changed_at)
                    select gen_random_uuid(), c.id, 'profession', p.profession, p.profession,
                           'identity,contacts,diagnoses,medications,daily-reports,observations,care-plan,media,know-me,chat,tasks',
                           'Synthetic care', date '2000-01-01', null, 'active', 1, g.person_id, now(), g.person_id, now()
                      from records.child c
                      join (select distinct child_id, profession from records.care_team_member) p on p.child_id = c.id
                      join lateral (select person_id from records.family_member f
                                     where f.child_id = c.id and f.relation = 'guardian' limit 1) g on true
                     where c.display_name like 'Syntetisk barn %'
                       and not exists (select 1 from consent.consent x where x.child_id = c.id)
                    """);
            s.executeUpdate("""
                    insert into consent.consent_version (id, consent_id, version, status, categories, purpose, valid_from,
                                                         valid_to, changed_by, changed_by_name, changed_at)
                    select gen_random_uuid(), x.id, 1, x.status, x.categories, x.purpose, x.valid_from, x.valid_to,
                           x.changed_by, 'Synthetic guardian', x.changed_at
                      from consent.consent x
                     where x.purpose = 'Synthetic care'
                       and not exists (select 1 from consent.consent_version v where v.consent_id = x.id)
                    """);
            return granted;
        }
    }

    private static void requireSchema(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select to_regclass('records.timeline_event') is not null")) {
            r.next();
            if (!r.getBoolean(1)) {
                throw new IllegalStateException("The records schema is missing. Start the development stack once "
                        + "(mvn -Prun): Sammen migrates the database when it starts.");
            }
        }
    }

    private static UUID dailyReportTemplate(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select id from records.report_template where template_key = 'daily-report' and version = 1")) {
            if (!r.next()) {
                throw new IllegalStateException("The daily-report template (version 1) is missing");
            }
            return r.getObject(1, UUID.class);
        }
    }

    /** Takes the synthetic children that exist out of {@code numbers}; returns how many there were. */
    private static int existing(Connection db, SortedSet<Integer> numbers) throws SQLException {
        int found = 0;
        try (PreparedStatement s = db.prepareStatement("""
                select c.display_name from records.child c join identity.person p on p.id = c.person_id
                 where c.display_name like ? and p.national_id_key_id = ?
                """)) {
            s.setString(1, ChildHistory.NAME_PREFIX + "%");
            s.setString(2, SyntheticPeople.KEY_ID);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String number = r.getString(1).substring(ChildHistory.NAME_PREFIX.length()).trim();
                    if (number.matches("[0-9]{1,9}") && numbers.remove(Integer.parseInt(number))) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    /** Removes every synthetic child, their whole record, and every synthetic person who never signed in. */
    private static void remove(Connection db) throws SQLException {
        long started = System.nanoTime();
        CONSOLE.println("Removing the synthetic data set (-Dreset=true) ...");
        String children = "(select id from synthetic_child)";
        try (Statement s = db.createStatement()) {
            s.execute("""
                    create temporary table synthetic_child on commit drop as
                    select c.id from records.child c join identity.person p on p.id = c.person_id
                     where c.display_name like 'Syntetisk barn %' and p.national_id_key_id = 'synthetic'
                    """);
            for (String table : List.of("timeline_event", "last_seen", "task", "care_plan", "care_plan_sign_off",
                    "care_plan_version", "observation")) {
                s.executeUpdate("delete from records." + table + " where child_id in " + children);
            }
            s.executeUpdate("delete from records.report_version where report_id in "
                    + "(select id from records.report where child_id in " + children + ")");
            for (String table : List.of("report", "care_team_member", "family_member")) {
                s.executeUpdate("delete from records." + table + " where child_id in " + children);
            }
            int removed = s.executeUpdate("delete from records.child where id in " + children);
            s.executeUpdate("""
                    delete from identity.person p where p.national_id_key_id = 'synthetic'
                       and not exists (select 1 from identity.login_session l where l.person_id = p.id)
                    """);
            db.commit();
            CONSOLE.printf("Removed %d synthetic children in %s.%n", removed,
                    human(Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private static void report(Connection db, int children) throws SQLException {
        try (Statement s = db.createStatement()) {
            CONSOLE.println();
            CONSOLE.println("| table | rows (estimate) | size with indexes |");
            CONSOLE.println("| --- | ---: | ---: |");
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid))"
                        + " from pg_class c where c.oid = '" + table + "'::regclass")) {
                    r.next();
                    CONSOLE.printf("| %s | %,d | %s |%n", table, r.getLong(1), r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery(
                    "select pg_size_pretty(pg_database_size(current_database())), pg_database_size(current_database())")) {
                r.next();
                CONSOLE.printf("%nDatabase size (pg_database_size): %s (%,d bytes)%n", r.getString(1), r.getLong(2));
            }
            try (PreparedStatement q = db.prepareStatement("""
                    select c.id, (select count(*) from records.timeline_event e where e.child_id = c.id)
                      from records.child c where c.display_name = ?
                    """)) {
                q.setString(1, ChildHistory.childName(1));
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        CONSOLE.printf("Benchmark child: %s (%s), %,d timeline events; %d synthetic children asked for.%n",
                                ChildHistory.childName(1), r.getObject(1), r.getLong(2), children);
                    }
                }
            }
        }
    }

    /** {@code 1 h 02 min}, {@code 3 min 05 s}, {@code 12.3 s}. */
    static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
