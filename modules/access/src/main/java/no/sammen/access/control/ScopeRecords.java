package no.sammen.access.control;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import no.sammen.access.Scope;
import no.sammen.access.ScopeChange;
import no.sammen.access.Scopes;
import no.sammen.access.entity.ScopeVersionEntity;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Audited;
import no.sammen.platform.Caller;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;

/**
 * Profession scopes: every change appends a version; the rule reads the highest version of each profession on the
 * next request. Only administrators change scopes (checked here as well as at the REST resource, so pages get the
 * same rule).
 */
@ApplicationScoped
@Transactional
public class ScopeRecords implements Scopes {

    /** The author of the scopes Sammen ships. */
    static final UUID SYSTEM = new UUID(0, 0);

    @PersistenceContext(unitName = "access")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Scope> all() {
        return em.createNativeQuery("""
                        select distinct on (profession) * from access.scope_version order by profession, version desc
                        """, ScopeVersionEntity.class)
                .getResultStream().map(e -> scope((ScopeVersionEntity) e)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Scope> history(String profession) {
        return em.createQuery("select s from ScopeVersionEntity s where s.profession = :p order by s.version",
                        ScopeVersionEntity.class)
                .setParameter("p", profession).getResultStream().map(ScopeRecords::scope).toList();
    }

    @Override
    @Audited(kind = AuditEvent.Kind.SCOPE_CHANGE, operation = AuditEvent.Operation.UPDATE)
    public Scope change(String profession, ScopeChange change) {
        Caller caller = callers.get();
        if (!caller.administrator()) {
            throw new AccessDeniedException("Only an administrator changes profession scopes.");
        }
        if (profession == null || !ScopeDefinitions.PROFESSION.matcher(profession).matches()) {
            throw new InvalidInputException("profession", "must be a profession code such as FT or teacher");
        }
        if (change == null || change.basedOnVersion() == null) {
            throw new InvalidInputException("basedOnVersion", "is required (0 for a new profession)");
        }
        String definition = ScopeDefinitions.format(ScopeDefinitions.check(change.categories()));
        Integer current = em.createQuery("select max(s.version) from ScopeVersionEntity s where s.profession = :p",
                        Integer.class)
                .setParameter("p", profession).getSingleResult();
        int now = current == null ? 0 : current;
        if (now != change.basedOnVersion()) {
            throw new ConflictException("The scope was changed by someone else (now version " + now
                    + "); reload it and make your change again.");
        }
        var version = new ScopeVersionEntity(profession, now + 1, definition, caller.personId(),
                OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(version);
        try {
            em.flush(); // two administrators saving at once meet on the primary key
        } catch (PersistenceException e) {
            throw new ConflictException("The scope was changed by someone else at the same time; reload it.");
        }
        return scope(version);
    }

    private static Scope scope(ScopeVersionEntity e) {
        return new Scope(e.profession(), ScopeDefinitions.parse(e.definition()), e.version(),
                SYSTEM.equals(e.changedBy()) ? null : e.changedBy(), e.changedAt());
    }
}
