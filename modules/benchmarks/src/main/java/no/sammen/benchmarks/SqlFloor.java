package no.sammen.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The floor: the reads of one handover or timeline request as plain JDBC, the same statements with the same
 * parameters as Sammen runs them ({@link FacadeQueries}), each row read whole, on a connection from a plain pool. The
 * caller's lookup is its own transaction, as the authentication mechanism's is; the façade's reads share one, as
 * under the façade's {@code @Transactional}. What it leaves out is what Sammen adds: HTTP, token verification, CDI,
 * the access interceptor, JPA and JSON.
 */
final class SqlFloor {

    /** What the handover's reads found, for comparing with the HTTP answer. */
    record HandoverRows(Map<String, Long> counts, Map<String, Integer> items, long openTasks) {
    }

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
    private static final Map<String, NumberedParameters> STATEMENTS = new ConcurrentHashMap<>();

    private final ConnectionPool pool;
    private final UUID child;
    private final UUID caller;
    private final byte[] callerHash;
    private final ZoneId zone;

    SqlFloor(ConnectionPool pool, UUID child, UUID caller, byte[] callerHash, ZoneId zone) {
        this.pool = pool;
        this.child = child;
        this.caller = caller;
        this.callerHash = callerHash;
        this.zone = zone;
    }

    HandoverRows handover() throws SQLException, InterruptedException {
        Connection db = pool.borrow();
        try {
            authenticate(db);
            relation(db);
            Instant lastVisit = null;
            try (PreparedStatement s = prepare(db, FacadeQueries.LAST_VISIT, child, caller);
                 ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    lastVisit = r.getObject(1, OffsetDateTime.class).toInstant();
                }
            }
            Instant since = lastVisit != null ? lastVisit
                    : Instant.now().minus(DEFAULT_WINDOW).truncatedTo(ChronoUnit.MICROS);
            Map<String, Long> counts = new TreeMap<>();
            Map<String, Integer> items = new TreeMap<>();
            Set<UUID> authors = new LinkedHashSet<>();
            try (PreparedStatement s = prepare(db, FacadeQueries.HANDOVER, child,
                    LITERAL.format(since.atOffset(ZoneOffset.UTC)));
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    readWhole(r);
                    authors.add(r.getObject(6, UUID.class));
                    counts.put(r.getString(9), r.getLong(10));
                    items.merge(r.getString(9), 1, Integer::sum);
                }
            }
            long openTasks = 0;
            try (PreparedStatement s = prepare(db, FacadeQueries.OPEN_TASKS, child, caller);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    readWhole(r);
                    openTasks = r.getLong(5);
                }
            }
            try (PreparedStatement s = prepare(db, FacadeQueries.UNREAD_MESSAGES, child, caller);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    readWhole(r);
                }
            }
            names(db, authors);
            db.commit();
            return new HandoverRows(counts, items, openTasks);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            pool.giveBack(db);
        }
    }

    /** The ids of the first page's 50 events, newest first. */
    List<UUID> timeline() throws SQLException, InterruptedException {
        Connection db = pool.borrow();
        try {
            authenticate(db);
            relation(db);
            List<UUID> page = new ArrayList<>();
            Set<UUID> authors = new LinkedHashSet<>();
            try (PreparedStatement s = prepare(db, FacadeQueries.TIMELINE_PAGE, child);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    readWhole(r);
                    if (page.size() < 50) {
                        page.add(r.getObject(1, UUID.class));
                        authors.add(r.getObject(9, UUID.class));
                    }
                }
            }
            names(db, authors);
            db.commit();
            return page;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            pool.giveBack(db);
        }
    }

    private void authenticate(Connection db) throws SQLException {
        try (PreparedStatement s = prepare(db, FacadeQueries.CALLER_BY_NATIONAL_ID_HASH, (Object) callerHash);
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("the caller is not in identity.person");
            }
            readWhole(r);
        }
        db.commit();
    }

    private void relation(Connection db) throws SQLException {
        try (PreparedStatement s = prepare(db, FacadeQueries.RELATION, child, caller, LocalDate.now(zone));
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("the caller is not related to the child");
            }
            readWhole(r);
        }
    }

    private static void names(Connection db, Set<UUID> authors) throws SQLException {
        for (UUID author : authors) {
            try (PreparedStatement s = prepare(db, FacadeQueries.PERSON_BY_ID, author);
                 ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    readWhole(r);
                }
            }
        }
    }

    /** The statement with numbered parameter n bound to {@code values[n - 1]} wherever it appears. */
    private static PreparedStatement prepare(Connection db, String numberedSql, Object... values) throws SQLException {
        NumberedParameters p = STATEMENTS.computeIfAbsent(numberedSql, NumberedParameters::of);
        PreparedStatement statement = db.prepareStatement(p.sql());
        for (int i = 0; i < p.order().size(); i++) {
            statement.setObject(i + 1, values[p.order().get(i) - 1]);
        }
        return statement;
    }

    private static void readWhole(ResultSet row) throws SQLException {
        int columns = row.getMetaData().getColumnCount();
        for (int c = 1; c <= columns; c++) {
            row.getObject(c);
        }
    }
}
