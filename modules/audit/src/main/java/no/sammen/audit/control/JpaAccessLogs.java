package no.sammen.audit.control;

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
        return new HistoryQuery()
                .where("child_id", "=", child.id().toString())
                .where("categories", "<>", Category.ACCESS_LOG.apiName())
                .where("person_id", "=", f.person() == null ? null : f.person().toString())
                .where("(',' || categories || ',')", "like", f.category() == null || f.category().isBlank() ? null
                        : "%," + Category.fromApiName(f.category()).apiName() + ",%")
                .between(f.from(), f.to())
                .newest(em, MAX).stream().map(JpaAccessLogs::plain).toList();
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
