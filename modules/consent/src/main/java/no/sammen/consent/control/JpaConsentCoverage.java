package no.sammen.consent.control;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.consent.ConsentCoverage;
import no.sammen.consent.Recipient;
import no.sammen.platform.Category;

/**
 * The categories the family's consents in force cover for a recipient: one query on the child's active consents
 * (index {@code (child_id, status)}), matched against the person, their professions and organisations in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaConsentCoverage implements ConsentCoverage {

    @PersistenceContext(unitName = "consent")
    EntityManager em;

    @Override
    public Set<Category> covered(UUID childId, UUID personId, Set<String> professions, Set<String> organisations,
                                 LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select recipient_kind, recipient, categories from consent.consent
                         where child_id = ?1 and status = 'active'
                           and valid_from <= ?2 and (valid_to is null or valid_to >= ?2)
                        """)
                .setParameter(1, childId)
                .setParameter(2, day)
                .getResultList();
        Set<Category> covered = EnumSet.noneOf(Category.class);
        String person = personId.toString();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            String recipient = (String) row[1];
            boolean covers = switch (kind) {
                case Recipient.PERSON -> recipient.equals(person);
                case Recipient.PROFESSION -> professions.contains(recipient);
                case Recipient.ORGANISATION -> organisations.contains(recipient);
                default -> false;
            };
            if (covers) {
                for (String name : ConsentRecords.split((String) row[2])) {
                    covered.add(Category.fromApiName(name));
                }
            }
        }
        return covered;
    }

    @Override
    public Set<Category> guardiansSee(UUID childId) {
        List<?> rows = em.createNativeQuery("""
                        select guardians_see from consent.family_choice where child_id = ?1
                         order by version desc limit 1
                        """)
                .setParameter(1, childId)
                .getResultList();
        if (rows.isEmpty()) {
            return EnumSet.copyOf(ConsentRecords.CONSENTABLE);
        }
        Set<Category> shown = EnumSet.noneOf(Category.class);
        for (String name : ConsentRecords.split((String) rows.get(0))) {
            shown.add(Category.fromApiName(name));
        }
        return shown;
    }
}
