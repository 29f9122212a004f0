package no.sammen.audit.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * A read of {@code audit.entry_history} (archive included), narrowed in SQL by the parts given, newest first. Values
 * are always bound parameters; only the fixed clauses written here become SQL text.
 */
final class HistoryQuery {

    private final StringBuilder sql = new StringBuilder("select " + StoredEntry.COLUMNS
            + " from audit.entry_history where true");
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code and <column> <operator> ?n} with the value bound, unless the value is {@code null}. */
    HistoryQuery where(String column, String operator, Object value) {
        if (value != null) {
            values.add(value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
            sql.append(" and ").append(column).append(' ').append(operator).append(" ?").append(values.size());
        }
        return this;
    }

    /** Entries recorded in {@code [from, to)}. */
    HistoryQuery between(Instant from, Instant to) {
        return where("recorded_at", ">=", from).where("recorded_at", "<", to);
    }

    List<StoredEntry> newest(EntityManager em, int limit) {
        var query = em.createNativeQuery(sql + " order by recorded_at desc, id desc limit " + limit);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(StoredEntry::of).toList();
    }
}
