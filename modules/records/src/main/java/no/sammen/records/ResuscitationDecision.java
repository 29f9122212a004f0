package no.sammen.records;

import java.util.Arrays;
import java.util.Optional;

/** What is decided about resuscitation, in the advance care plan. */
public enum ResuscitationDecision {
    /** Full resuscitation, including cardiopulmonary resuscitation and intubation. */
    FULL_RESUSCITATION("full-resuscitation"),
    /** No cardiopulmonary resuscitation. */
    NO_CPR("no-cpr"),
    /** No intubation. */
    NO_INTUBATION("no-intubation"),
    /** Comfort care only. */
    COMFORT_ONLY("comfort-only");

    private final String apiName;

    ResuscitationDecision(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The decision with this API name, if there is one. */
    public static Optional<ResuscitationDecision> fromApiName(String value) {
        return Arrays.stream(values()).filter(d -> d.apiName.equals(value)).findFirst();
    }
}
