package no.sammen.app.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Times and days as a person reads them, in the family's zone ({@code sammen.zone}, Europe/Oslo by default) and the
 * page's language: "i dag 14:05", "tirsdag 14:05", "3. jan. 14:05"; due days as "i morgen" or "fre. 17. jan.".
 * Instants stay UTC everywhere else; only the page turns them into words.
 */
@Named("moments")
@RequestScoped
public class Moments {

    /** Within this many days a time is named by its weekday. */
    private static final int WEEKDAY_RANGE = 6;

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    /** When something happened: "i dag 14:05", "i går 20:45", "tirsdag 14:05", "3. jan. 14:05". */
    public String when(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZoneSameInstant(zoneId());
        String time = local.format(DateTimeFormatter.ofPattern("HH:mm", PageTexts.locale()));
        return dayWords(local.toLocalDate(), false) + " " + time;
    }

    /** A due day: "i dag", "i morgen", "fre. 17. jan.". */
    public String day(LocalDate day) {
        return day == null ? "" : dayWords(day, true);
    }

    /** The start of a handover window in words: "siden tirsdag 14:05", or "de siste 14 dagene" with no visit. */
    public String since(OffsetDateTime since, OffsetDateTime lastVisit) {
        if (lastVisit == null) {
            long days = since == null ? 14 : Math.max(1, ChronoUnit.DAYS.between(since.toLocalDate(), today()));
            return PageTexts.text("handover.since.window", days);
        }
        return PageTexts.text("handover.since.visit", when(lastVisit));
    }

    /** The instant for a {@code <time datetime>} attribute. */
    public String iso(OffsetDateTime at) {
        return at == null ? "" : at.toInstant().toString();
    }

    LocalDate today() {
        return LocalDate.now(zoneId());
    }

    private String dayWords(LocalDate day, boolean withWeekday) {
        long offset = ChronoUnit.DAYS.between(today(), day);
        if (offset == 0) {
            return PageTexts.text("moment.today");
        }
        if (offset == -1) {
            return PageTexts.text("moment.yesterday");
        }
        if (offset == 1) {
            return PageTexts.text("moment.tomorrow");
        }
        Locale locale = PageTexts.locale();
        if (!withWeekday && offset < 0 && offset >= -WEEKDAY_RANGE) {
            return day.format(DateTimeFormatter.ofPattern("EEEE", locale));
        }
        boolean english = "en".equals(locale.getLanguage());
        String pattern = (withWeekday ? "EEE " : "") + (english ? "d MMM" : "d. MMM")
                + (day.getYear() == today().getYear() ? "" : " yyyy");
        return day.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    ZoneId zoneId() {
        return ZoneId.of(zone == null ? "Europe/Oslo" : zone);
    }
}
