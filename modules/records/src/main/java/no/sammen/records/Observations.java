package no.sammen.records;

import java.util.List;

import no.sammen.platform.ChildRef;

/**
 * The records module's façade for observations: time series of vital signs, symptom scores, seizures and sleep,
 * each value judged against its kind's reference range when it is recorded.
 */
public interface Observations {

    /** The kinds of observation, with units, physically possible bounds and reference ranges. */
    List<ObservationKind> kinds();

    /** Records an observation and its timeline event (flagged when out of range). */
    Observation record(ChildRef child, NewObservation observation);

    /**
     * Narrows an observation to {@code team-and-child}, confidential from the guardians: the child from the
     * confidential age (not an observation a guardian wrote), or a member of the team. Never widens (400 naming
     * {@code audience}); already confidential is no change.
     */
    Observation narrow(ChildRef child, java.util.UUID observationId, AudienceChange change);

    /** Observations newest first; the family sees only those shared with the family. */
    List<Observation> list(ChildRef child, ObservationQuery query);

    /** One kind's values over the last {@code days} days (30 if {@code null}) with the reference range and trend. */
    ObservationSeries series(ChildRef child, String kind, Integer days);
}
