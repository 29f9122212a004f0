package no.sammen.app.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Days, times and numbers as people read them ({@code #{formats.time(x)}}): in the family's time zone
 * ({@code sammen.zone}, as the records module counts days) and the page's language.
 */
@Named("formats")
@RequestScoped
public class Formats {

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** A moment ({@link Instant} or {@link OffsetDateTime}) as day and time of day; empty for {@code null}. */
    public String time(Object moment) {
        ZonedDateTime at = zoned(moment);
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Texts.locale()).format(at);
    }

    /** A moment's time of day only, such as {@code 08:15}. */
    public String clock(Object moment) {
        ZonedDateTime at = zoned(moment);
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(at);
    }

    /** A day ({@link LocalDate}, or the day of a moment). */
    public String day(Object day) {
        TemporalAccessor date = day instanceof LocalDate d ? d : zoned(day);
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Texts.locale())
                .format(date);
    }

    /** A number without trailing zeros, with the page language's decimal sign. */
    public String number(Object value) {
        if (value == null) {
            return "";
        }
        String plain = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        return Texts.english() ? plain : plain.replace('.', ',');
    }

    private ZonedDateTime zoned(Object moment) {
        if (moment instanceof Instant i) {
            return i.atZone(zoneId());
        }
        if (moment instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zoneId());
        }
        if (moment instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zoneId());
        }
        return null;
    }
}
