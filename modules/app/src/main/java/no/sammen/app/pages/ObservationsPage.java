package no.sammen.app.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;
import no.sammen.records.Audience;
import no.sammen.records.Children;
import no.sammen.records.NewObservation;
import no.sammen.records.Observation;
import no.sammen.records.ObservationKind;
import no.sammen.records.ObservationQuery;
import no.sammen.records.ObservationSeries;
import no.sammen.records.Observations;
import no.sammen.records.Relation;

/**
 * One kind of observation over a window of days: a trend chart with the reference range shaded and the trend in
 * words, the values as a table below it (the chart's accessible twin), and a form to record a new value.
 */
@Named("observationsPage")
@RequestScoped
public class ObservationsPage {

    static final String FORM = "observe";
    static final String DEFAULT_KIND = "pain-score";
    static final List<Integer> WINDOWS = List.of(7, 30, 90);

    @Inject
    Children children;

    @Inject
    Observations observations;

    @Inject
    Formats formats;

    private boolean loaded;
    private ChildRef child;
    private String childName;
    private Relation relation;
    private String kind;
    private int days;
    private ObservationSeries series;
    private List<Observation> values;
    private List<ObservationKind> kinds;
    private TrendChart chart;

    private String newKind;
    private String value;
    private String observedAt;
    private boolean shareWithFamily;
    private String note;

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        child = ChildRef.parse(RequestParameters.get("child"));
        relation = children.relation(child);
        childName = children.profile(child).name();
        String named = RequestParameters.get("kind");
        kind = named == null || named.isBlank() ? DEFAULT_KIND : named;
        Integer window = RequestParameters.number("days", "days");
        days = window == null ? 30 : window;
        kinds = observations.kinds();
        series = observations.series(child, kind, days);
        values = observations.list(child, new ObservationQuery(kind, series.from(), null, 1000));
        newKind = kind;
        observedAt = LocalDateTime.now(formats.zoneId()).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public void load() {
        ensureLoaded();
    }

    /** Records the new value; on success back to this chart (of the kind recorded) with a confirmation. */
    public String record() {
        ensureLoaded();
        BigDecimal number = null;
        if (value != null && !value.isBlank()) {
            try {
                number = new BigDecimal(value.strip().replace(',', '.').replace('\u2212', '-').replaceAll("\\s", ""));
            } catch (NumberFormatException e) {
                Texts.error(null, Texts.get("observation.notSaved"));
                Texts.error(FORM + ":value", Texts.get("error.number"));
                return null;
            }
        }
        Instant at = null;
        if (observedAt != null && !observedAt.isBlank()) {
            try {
                at = LocalDateTime.parse(observedAt.strip()).atZone(formats.zoneId()).toInstant();
            } catch (DateTimeParseException e) {
                Texts.error(null, Texts.get("observation.notSaved"));
                Texts.error(FORM + ":observedAt", Texts.get("error.dateTime"));
                return null;
            }
        }
        String audience = shareWithFamily || relation.family() ? Audience.TEAM_AND_FAMILY.apiName()
                : Audience.TEAM.apiName();
        try {
            observations.record(child, new NewObservation(newKind, number, at, audience, note));
        } catch (InvalidInputException e) {
            Texts.error(null, Texts.get("observation.notSaved"));
            e.errors().forEach(this::showProblem);
            return null;
        }
        Texts.confirmAfterRedirect("observation.saved", kindLabel(newKind));
        return "/app/observations.xhtml?faces-redirect=true&child=" + child + "&kind=" + newKind + "&days=" + days;
    }

    private void showProblem(FieldError error) {
        String message = error.message();
        String text = "is required".equals(message) ? Texts.get("error.required") : message;
        switch (error.field()) {
            case "value" -> {
                ObservationKind k = kindNamed(newKind);
                if (message.startsWith("must be between") && k != null) {
                    text = Texts.get("error.number.range", FieldInput.plain(k.minimum()) + "–"
                            + FieldInput.plain(k.maximum()), k.unit());
                } else if (message.contains("whole number")) {
                    text = Texts.get("error.wholeNumber");
                } else if (message.contains("decimals") && k != null) {
                    text = Texts.get("error.decimals", k.decimals());
                }
                Texts.error(FORM + ":value", text);
            }
            case "observedAt" -> Texts.error(FORM + ":observedAt", message.contains("future")
                    ? Texts.get("error.future") : message.contains("born") ? Texts.get("error.beforeBirth") : text);
            case "kind" -> Texts.error(FORM + ":kind", Texts.get("error.choice"));
            case "note" -> Texts.error(FORM + ":note", Texts.get("error.tooLong"));
            default -> Texts.error(null, text);
        }
    }

    private ObservationKind kindNamed(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    /** A kind's name in the page's language. */
    public String kindLabel(String name) {
        String key = "observation.kind." + name;
        if (Texts.has(key)) {
            return Texts.get(key);
        }
        ObservationKind k = kindNamed(name);
        return k == null ? name : k.label();
    }

    public String getChildId() {
        ensureLoaded();
        return child.toString();
    }

    public String getChildName() {
        ensureLoaded();
        return childName;
    }

    public String getKind() {
        ensureLoaded();
        return kind;
    }

    public int getDays() {
        ensureLoaded();
        return days;
    }

    public List<Integer> getWindows() {
        return WINDOWS;
    }

    public List<ObservationKind> getKinds() {
        ensureLoaded();
        return kinds;
    }

    public ObservationSeries getSeries() {
        ensureLoaded();
        return series;
    }

    public String getUnit() {
        ensureLoaded();
        return series.unit();
    }

    public TrendChart getChart() {
        ensureLoaded();
        if (chart == null) {
            chart = new TrendChart(series, kindNamed(kind), Texts.locale());
        }
        return chart;
    }

    /** The values in the window, newest first, with who recorded them. */
    public List<Observation> getValues() {
        ensureLoaded();
        return values;
    }

    /** The reference range in words, such as "0–3 /10"; empty for a kind without one. */
    public String getRange() {
        ensureLoaded();
        var range = series.referenceRange();
        if (range == null) {
            return "";
        }
        return formats.number(range.low()) + "–" + formats.number(range.high()) + " " + series.unit();
    }

    /** The trend in words: rising, falling, stable, or too few values to tell, with the change over the window. */
    public String getTrend() {
        ensureLoaded();
        ObservationSeries.Trend trend = series.trend();
        String direction = Texts.get("trend." + trend.direction());
        if (trend.changeOverWindow() == null || "unknown".equals(trend.direction())) {
            return direction;
        }
        BigDecimal change = BigDecimal.valueOf(trend.changeOverWindow()).setScale(1, RoundingMode.HALF_UP);
        String signed = (change.signum() > 0 ? "+" : change.signum() < 0 ? "\u2212" : "")
                + formats.number(change.abs());
        return Texts.get("trend.words", direction, signed, series.unit(), days);
    }

    public String getTrendDirection() {
        ensureLoaded();
        return series.trend().direction();
    }

    /** Everyone related to the child records observations (the child too: her own pain, for instance). */
    public boolean isMayRecord() {
        ensureLoaded();
        return relation.onTeam() || relation.family();
    }

    public boolean isFamily() {
        ensureLoaded();
        return relation.family();
    }

    /** The latest moment an observation may be dated, for the time input. */
    public String getNow() {
        return ZonedDateTime.now(formats.zoneId()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public String getNewKind() {
        ensureLoaded();
        return newKind;
    }

    public void setNewKind(String newKind) {
        ensureLoaded();
        this.newKind = newKind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getObservedAt() {
        ensureLoaded();
        return observedAt;
    }

    public void setObservedAt(String observedAt) {
        ensureLoaded();
        this.observedAt = observedAt;
    }

    public boolean isShareWithFamily() {
        return shareWithFamily;
    }

    public void setShareWithFamily(boolean shareWithFamily) {
        this.shareWithFamily = shareWithFamily;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
