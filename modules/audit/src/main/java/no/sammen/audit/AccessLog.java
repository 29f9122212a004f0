package no.sammen.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A child's access log grouped as the family reads it: by day (in the family's time zone), newest first, and within a
 * day by person, in the order of their latest access.
 *
 * @param days the days with accesses
 */
public record AccessLog(List<Day> days) {

    /** One day. */
    public record Day(LocalDate date, List<Person> people) {
    }

    /** One person's accesses on one day, newest first. */
    public record Person(UUID personId, String name, List<String> professions, String organisation,
                         boolean emergency, List<AccessLogEntry> accesses) {
    }

    /** Groups entries (newest first) by day in {@code zone}, then by person. */
    public static AccessLog grouped(List<AccessLogEntry> entries, ZoneId zone) {
        Map<LocalDate, Map<String, List<AccessLogEntry>>> days = new LinkedHashMap<>();
        for (AccessLogEntry e : entries) {
            String who = e.personId() == null ? "?" + e.name() : e.personId().toString();
            days.computeIfAbsent(e.at().atZone(zone).toLocalDate(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(who, p -> new ArrayList<>()).add(e);
        }
        List<Day> result = new ArrayList<>();
        days.forEach((date, people) -> result.add(new Day(date, people.values().stream().map(accesses -> {
            AccessLogEntry first = accesses.get(0);
            return new Person(first.personId(), first.name(), first.professions(), first.organisation(),
                    accesses.stream().anyMatch(AccessLogEntry::emergency), List.copyOf(accesses));
        }).toList())));
        return new AccessLog(List.copyOf(result));
    }
}
