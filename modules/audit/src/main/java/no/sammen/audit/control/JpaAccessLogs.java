package no.sammen.audit.control;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.audit.AccessLogEntry;
import no.sammen.audit.AccessLogFilter;
import no.sammen.audit.AccessLogs;
import no.sammen.platform.Action;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;

/**
 * The family's access log: the child's chain read in plain terms, narrowed in SQL. Reading the log itself is left
 * out (it would fill the log with the family's own visits), and so is every justification.
 */
@ApplicationScoped
public class JpaAccessLogs implements AccessLogs {

    static final int MAX = 2000;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Override
    @ChildAccess(category = Category.ACCESS_LOG, action = Action.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessLogEntry> log(ChildRef child, AccessLogFilter filter) {
        AccessLogFilter f = filter == null ? AccessLogFilter.all() : filter;
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            throw new InvalidInputException("to", "must be after from");
        }
        StringBuilder sql = new StringBuilder("select " + StoredEntry.COLUMNS + " from audit.entry_history "
                + "where child_id = ?1 and categories <> ?2");
        List<Object> values = new ArrayList<>(List.of(child.id().toString(), Category.ACCESS_LOG.apiName()));
        if (f.person() != null) {
            values.add(f.person().toString());
            sql.append(" and person_id = ?").append(values.size());
        }
        if (f.category() != null && !f.category().isBlank()) {
            values.add("%," + Category.fromApiName(f.category()).apiName() + ",%");
            sql.append(" and (',' || categories || ',') like ?").append(values.size());
        }
        if (f.from() != null) {
            values.add(f.from().atOffset(ZoneOffset.UTC));
            sql.append(" and recorded_at >= ?").append(values.size());
        }
        if (f.to() != null) {
            values.add(f.to().atOffset(ZoneOffset.UTC));
            sql.append(" and recorded_at < ?").append(values.size());
        }
        sql.append(" order by recorded_at desc, id desc limit " + MAX);
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(StoredEntry::of).map(JpaAccessLogs::plain).toList();
    }

    static AccessLogEntry plain(StoredEntry stored) {
        ChainedEntry e = stored.entry();
        boolean emergency = AuditEvent.Kind.EMERGENCY_ACCESS.name().equals(e.kind())
                || "emergency".equals(e.basis());
        boolean refused = !AuditEvent.Outcome.SUCCESS.name().equals(e.outcome());
        return new AccessLogEntry(e.recordedAt(), Entries.uuid(e.personId()), e.personName(),
                Entries.list(e.professions()), e.organisation(), Entries.list(e.categories()),
                e.operation().toLowerCase(Locale.ROOT), e.basis(), refused, emergency);
    }
}
