package no.sammen.records.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.platform.InvalidInputException;
import no.sammen.records.Audience;
import no.sammen.records.Relation;

/**
 * The adolescent's confidentiality (product.md, issue 4): from {@code sammen.consent.confidential-age} (default 12)
 * an entry can be {@code team-and-child}, seen by the team and the child and never by the guardians. Written so by
 * the child or a team member, or narrowed to it later; a guardian never sets it and nobody widens it again. The same
 * rule for every façade that offers it (observations, daily reports), and the same narrowing of what each relation
 * sees.
 */
@ApplicationScoped
public class Confidentiality {

    @Inject
    @ConfigProperty(name = "sammen.consent.confidential-age", defaultValue = "12")
    int confidentialAge;

    @Inject
    RecordsClock clock;

    /**
     * The audience asked for a new entry, checked (problems go to {@code checks} under {@code audience}); {@code null}
     * when it is invalid.
     */
    Audience requested(String value, LocalDate birthDate, Relation writer, Checks checks) {
        if (Audience.TEAM_AND_CHILD.apiName().equals(value)) {
            return confidential(birthDate, writer, checks) ? Audience.TEAM_AND_CHILD : null;
        }
        try {
            return Audience.fromApiName(value, "audience");
        } catch (InvalidInputException e) {
            checks.add(e, "");
            return null;
        }
    }

    /**
     * Checks a narrowing: the only audience an entry can be narrowed to is {@code team-and-child}, from the
     * confidential age, and not by a guardian (problems under {@code audience}).
     */
    void narrowing(String value, LocalDate birthDate, Relation writer, Checks checks) {
        checks.required("audience", value);
        if (value == null) {
            return;
        }
        if (!Audience.TEAM_AND_CHILD.apiName().equals(value)) {
            checks.that(false, "audience", "can only be narrowed to 'team-and-child'; an audience is never widened");
            return;
        }
        confidential(birthDate, writer, checks);
    }

    private boolean confidential(LocalDate birthDate, Relation writer, Checks checks) {
        boolean oldEnough = birthDate != null && Period.between(birthDate, clock.today()).getYears() >= confidentialAge;
        checks.that(oldEnough, "audience", "can be 'team-and-child' (confidential from the guardians) from the "
                        + "age of " + confidentialAge)
                .that(writer != Relation.GUARDIAN, "audience", "a guardian's entries are shared with the family");
        return oldEnough && writer != Relation.GUARDIAN;
    }

    /**
     * The audiences a relation sees, always three (repeated) so that one query shape serves all: the guardians what is
     * shared with the family, the child also their confidential entries, the team everything.
     */
    static List<String> visible(Relation relation) {
        String family = Audience.TEAM_AND_FAMILY.apiName();
        return switch (relation) {
            case GUARDIAN -> List.of(family, family, family);
            case CHILD -> List.of(family, Audience.TEAM_AND_CHILD.apiName(), Audience.TEAM_AND_CHILD.apiName());
            default -> List.of(Audience.TEAM.apiName(), family, Audience.TEAM_AND_CHILD.apiName());
        };
    }
}
