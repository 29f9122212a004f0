package no.sammen.app.pages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.audit.AccessLog;
import no.sammen.audit.AccessLogEntry;
import no.sammen.audit.AccessLogFilter;
import no.sammen.audit.AccessLogs;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.ChildProfile;
import no.sammen.records.Children;

/**
 * "Who has looked": the child's access log for the family, by day and by person, in plain words: who, in what role,
 * when, what and on what ground; emergency access stands out; the reason given for it is never shown. Filters by
 * person, category and days. The access log façade decides who may see it (the guardians and the child).
 */
@Named("accessLogPage")
@RequestScoped
public class AccessLogPage {

    @Inject
    AccessLogs logs;

    @Inject
    Children children;

    @Inject
    Moments moments;

    private String child;
    private String person;
    private String category;
    private String from;
    private String to;
    private ChildProfile profile;
    private AccessLog log;
    private final Map<String, String> people = new LinkedHashMap<>();
    private String error;

    /** One access as the page shows it. */
    public record Row(String time, String what, String action, String basis, boolean refused, boolean emergency) {
    }

    /** One person's accesses on one day. */
    public record PersonRows(String personId, String name, String roles, boolean emergency, List<Row> rows) {
    }

    /** One day. */
    public record Day(String date, List<PersonRows> people) {
    }

    public void load() {
        ChildRef ref = ChildRef.parse(child);
        profile = children.profile(ref);
        AccessLogFilter filter;
        try {
            filter = new AccessLogFilter(person == null || person.isBlank() ? null : Ids.parse(person, "person"),
                    category == null || category.isBlank() ? null : Category.fromApiName(category).apiName(),
                    day(from, "from", 0), day(to, "to", 1));
        } catch (InvalidInputException e) {
            error = PageTexts.text("accessLog.badFilter");
            filter = AccessLogFilter.all();
        }
        log = AccessLog.grouped(logs.log(ref, filter), moments.zoneId());
        if (filter.person() == null) {
            log.days().forEach(d -> d.people().forEach(p -> {
                if (p.personId() != null) {
                    people.putIfAbsent(p.personId().toString(), p.name());
                }
            }));
        } else {
            people.put(filter.person().toString(), log.days().isEmpty() ? filter.person().toString()
                    : log.days().get(0).people().get(0).name());
        }
    }

    private java.time.Instant day(String value, String field, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).plusDays(plusDays).atStartOfDay(moments.zoneId())
                    .withZoneSameInstant(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "not a day");
        }
    }

    public List<Day> getDays() {
        List<Day> days = new ArrayList<>();
        for (AccessLog.Day d : log.days()) {
            List<PersonRows> rows = new ArrayList<>();
            for (AccessLog.Person p : d.people()) {
                String roles = String.join(", ", p.professions()) + (p.organisation() == null ? ""
                        : (p.professions().isEmpty() ? "" : ", ") + p.organisation());
                rows.add(new PersonRows(p.personId() == null ? "" : p.personId().toString(), p.name(), roles,
                        p.emergency(), p.accesses().stream().map(this::row).toList()));
            }
            days.add(new Day(moments.day(d.date()), rows));
        }
        return days;
    }

    private Row row(AccessLogEntry e) {
        String what = String.join(", ", e.categories().stream().map(c -> PageTexts.text("category." + c)).toList());
        String time = e.at().atZone(moments.zoneId()).format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
        String basis = e.basis() == null ? "" : e.basis();
        return new Row(time, what, PageTexts.text("accessLog.action." + e.action()),
                e.refused() ? PageTexts.text("accessLog.refused")
                        : PageTexts.has("accessLog.basis." + basis) ? PageTexts.text("accessLog.basis." + basis) : basis,
                e.refused(), e.emergency());
    }

    public boolean isNothingSeen() {
        return log.days().isEmpty();
    }

    public Map<String, String> getPeople() {
        return people;
    }

    public List<String> getCategories() {
        return java.util.Arrays.stream(Category.values()).filter(c -> c != Category.ACCESS_LOG)
                .map(Category::apiName).toList();
    }

    public String getChildName() {
        return profile == null ? "" : profile.name();
    }

    public String getError() {
        return error;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
