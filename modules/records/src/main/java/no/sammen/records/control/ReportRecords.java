package no.sammen.records.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.LogSafe;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.AudienceChange;
import no.sammen.records.Correction;
import no.sammen.records.FormReport;
import no.sammen.records.NewReport;
import no.sammen.records.Report;
import no.sammen.records.ReportPage;
import no.sammen.records.ReportSummary;
import no.sammen.records.ReportTemplate;
import no.sammen.records.Relation;
import no.sammen.records.Reports;
import no.sammen.records.Standing;
import no.sammen.records.TemplateField;
import no.sammen.records.entity.ReportEntity;
import no.sammen.records.entity.ReportTemplateEntity;
import no.sammen.records.entity.ReportVersionEntity;

/**
 * A child's reports in PostgreSQL: the report row carries the current values for lists, and one row per version
 * keeps each version as its author wrote it. The family's lists and look-ups are narrowed to
 * {@code team-and-family} in the query itself.
 */
@ApplicationScoped
@Transactional
public class ReportRecords implements Reports {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int NOTE_MAX = 2000;
    /** Texts in lists are cut to this many characters; the report itself has them whole. */
    static final int LIST_TEXT = 500;
    /** No child in Sammen was born before this day; earlier days are typing errors. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @PersistenceContext(unitName = "records")
    EntityManager em;

    /** The caller of the current request; a provider, since this bean outlives requests. */
    @Inject
    Provider<Caller> callers;

    @Inject
    Relations relations;

    @Inject
    RecordsClock clock;

    @Inject
    JsonDocuments json;

    @Inject
    TimelineWriter timeline;

    @Inject
    TemplateStore templates;

    /** Who may keep a report from the guardians, and from what age. */
    @Inject
    Confidentiality confidentiality;

    /** The one access rule: which fields (template field keys) a read releases and a write may set. */
    @Inject
    AccessPolicy policy;

    @Override
    @ChildAccess(category = Category.DAILY_REPORTS, action = Action.READ)
    public ReportPage list(ChildRef child, String templateKey, Integer limit, String before) {
        Checks checks = new Checks();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        checks.that(size >= 1 && size <= MAX_LIMIT, "limit", "must be from 1 to " + MAX_LIMIT);
        if (templateKey != null) {
            checks.that(TemplateDefinitions.TEMPLATE_KEY.matcher(templateKey).matches() && templateKey.length() <= 60,
                    "template", "must be a template key such as daily-report");
        }
        Cursor cursor = null;
        if (before != null) {
            cursor = Cursor.parse(before);
            checks.that(cursor != null, "before", "must be the 'next' cursor of an earlier page");
        }
        checks.orThrow();

        StringBuilder sql = new StringBuilder(
                "select * from records.report where child_id = ?1 and audience in (?2, ?3, ?4)");
        List<Object> parameters = new ArrayList<>(List.of(child.id()));
        parameters.addAll(visibleAudiences(child));
        if (templateKey != null) {
            parameters.add(templateKey);
            sql.append(" and template_key = ?").append(parameters.size());
        }
        if (cursor != null) {
            parameters.add(cursor.occurredOn());
            int day = parameters.size();
            parameters.add(cursor.id());
            sql.append(" and (occurred_on < ?").append(day).append(" or (occurred_on = ?").append(day)
                    .append(" and id < ?").append(parameters.size()).append("))");
        }
        sql.append(" order by occurred_on desc, id desc limit ").append(size + 1);
        Query query = em.createNativeQuery(sql.toString(), ReportEntity.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<ReportEntity> rows = query.getResultList();
        AccessDecision shown = shown(child);
        List<ReportSummary> page = rows.stream().limit(size).map(r -> summary(r, shown)).toList();
        String next = null;
        if (rows.size() > size) {
            ReportEntity last = rows.get(size - 1);
            next = new Cursor(last.occurredOn(), last.id()).format();
        }
        return new ReportPage(page, next);
    }

    @Override
    @ChildAccess(category = Category.DAILY_REPORTS, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public Report write(ChildRef child, NewReport report) {
        if (report == null) {
            new Checks().required("templateKey", null).orThrow();
        }
        return create(child, report.templateKey(), report.templateVersion(), report.occurredOn(), report.audience(),
                fields -> report.values());
    }

    @Override
    @ChildAccess(category = Category.DAILY_REPORTS, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public Report writeFromForm(ChildRef child, FormReport report) {
        if (report == null) {
            new Checks().required("templateKey", null).orThrow();
        }
        return create(child, report.templateKey(), report.templateVersion(), report.occurredOn(), report.audience(),
                fields -> ReportValues.fromForm(fields, report.values()));
    }

    @Override
    @ChildAccess(category = Category.DAILY_REPORTS, action = Action.READ)
    public Report report(ChildRef child, UUID reportId) {
        ReportEntity report = visible(child, reportId);
        return report(report, versions(report.id()), shown(child));
    }

    @Override
    @ChildAccess(category = Category.DAILY_REPORTS, action = Action.WRITE)
    public Report narrow(ChildRef child, UUID reportId, AudienceChange change) {
        Standing standing = relations.standing(callers.get().personId(), child.id());
        ReportEntity report = visible(child, reportId);
        Checks checks = new Checks();
        confidentiality.narrowing(change == null ? null : change.audience(), standing.childBirthDate(),
                standing.relation(), checks);
        checks.orThrow();
        if (!policy.decide(callers.get(), child, Category.DAILY_REPORTS, Action.WRITE).releases(Audience.FIELD)) {
            throw new AccessDeniedException("You may not change who sees daily reports.");
        }
        if (standing.relation() == Relation.CHILD && relations.of(report.authorId(), child.id()) == Relation.GUARDIAN) {
            throw new AccessDeniedException("A report a guardian wrote stays shared with the guardians.");
        }
        if (!Audience.TEAM_AND_CHILD.apiName().equals(report.audience())) {
            report.narrowTo(Audience.TEAM_AND_CHILD.apiName(), clock.now());
            timeline.narrow(child.id(), report.id(), Audience.TEAM_AND_CHILD);
        }
        return report(report, versions(report.id()), shown(child));
    }

    @Override
    @ChildAccess(category = Category.DAILY_REPORTS, action = Action.WRITE)
    public Report correct(ChildRef child, UUID reportId, Correction correction) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (correction == null) {
            checks.required("basedOnVersion", null).orThrow();
        }
        checks.required("basedOnVersion", correction.basedOnVersion())
                .required("note", correction.note()).maxLength("note", correction.note(), NOTE_MAX)
                .orThrow();
        ReportEntity report = visible(child, reportId);
        if (relations.of(caller.personId(), child.id()).family() && !report.authorId().equals(caller.personId())) {
            throw new AccessDeniedException("A family member corrects only the reports they wrote.");
        }
        if (report.currentVersion() != correction.basedOnVersion()) {
            throw new ConflictException("The report was corrected by someone else (now version "
                    + report.currentVersion() + "); reload it and make your correction again.");
        }
        ReportTemplate template = templates.template(templates.byId(report.templateId()));
        Map<String, Object> values = ReportValues.check(template.fields(), correction.values(), "values", checks);
        checks.orThrow();
        writable(child, template, values);

        var now = clock.now();
        int version = report.correct(json.write(values), now);
        try {
            em.flush(); // the report row first: it is the lock two simultaneous corrections meet on
        } catch (OptimisticLockException e) {
            throw new ConflictException("The report was corrected by someone else at the same time; reload it and "
                    + "make your correction again.");
        }
        em.persist(new ReportVersionEntity(Ids.newId(), report.id(), version, json.write(values),
                correction.note().strip(), caller.personId(), name(caller), now));
        timeline.record(child.id(), now, Category.DAILY_REPORTS, "report-corrected", report.id(),
                Audience.stored(report.audience()), caller.personId(),
                template.titleEn() + " for " + report.occurredOn() + " corrected by " + name(caller), false);
        return report(report, versions(report.id()), shown(child));
    }

    private Report create(ChildRef child, String templateKey, Integer templateVersion, LocalDate occurredOn,
                          String audienceName, Function<List<TemplateField>, Map<String, Object>> values) {
        Caller caller = callers.get();
        AccessDecision allowed = policy.decide(caller, child, Category.DAILY_REPORTS, Action.WRITE);
        if (!allowed.releasesAll() && allowed.fields().stream().allMatch(Audience.FIELD::equals)) {
            throw new AccessDeniedException("You may not write daily reports."); // the child: the audience only
        }
        Checks checks = new Checks();
        Standing standing = relations.standing(caller.personId(), child.id());
        Audience audience = confidentiality.requested(audienceName, standing.childBirthDate(), standing.relation(),
                checks);
        LocalDate day = occurredOn == null ? clock.today() : occurredOn;
        checks.that(!day.isAfter(clock.today()), "occurredOn", "must not be in the future")
                .that(!day.isBefore(EARLIEST), "occurredOn", "must not be before " + EARLIEST);
        ReportTemplateEntity templateRow = null;
        try {
            templateRow = TemplateCatalogue.find(templates, templateKey, templateVersion);
        } catch (InvalidInputException e) {
            checks.add(e, "");
        }
        if (templateRow == null) {
            checks.orThrow();
        }
        boolean retired = !templates.latest(templateRow.templateKey()).map(ReportTemplateEntity::active).orElse(false);
        checks.that(!retired, "templateKey", "template " + templateRow.templateKey() + " is retired");
        ReportTemplate template = templates.template(templateRow);
        Map<String, Object> checked = ReportValues.check(template.fields(), values.apply(template.fields()), "values",
                checks);
        checks.orThrow();
        writable(child, template, checked);

        var now = clock.now();
        String stored = json.write(checked);
        var report = new ReportEntity(Ids.newId(), child.id(), templateRow, day, audience.apiName(), stored,
                caller.personId(), name(caller), now);
        em.persist(report);
        em.flush(); // the report's row first: its first version refers to it
        var first = new ReportVersionEntity(Ids.newId(), report.id(), 1, stored, null, caller.personId(), name(caller),
                now);
        em.persist(first);
        timeline.record(child.id(), occurredAt(day, now), Category.DAILY_REPORTS, "report-added", report.id(), audience,
                caller.personId(), template.titleEn() + " for " + day + " by " + name(caller), false);
        return report(report, List.of(first), shown(child));
    }

    /** A report about today happened now; one about an earlier day is placed at that day's noon. */
    private OffsetDateTime occurredAt(LocalDate day, OffsetDateTime now) {
        if (day.equals(clock.today())) {
            return now;
        }
        return day.atTime(LocalTime.NOON).atZone(clock.zoneId()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The report if the caller may see it; otherwise, exactly as if there were none. */
    private ReportEntity visible(ChildRef child, UUID reportId) {
        List<String> audiences = visibleAudiences(child);
        return em.createQuery("select r from ReportEntity r where r.id = :id and r.childId = :child"
                        + " and r.audience in :audiences", ReportEntity.class)
                .setParameter("id", reportId).setParameter("child", child.id()).setParameter("audiences", audiences)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The report"));
    }

    /**
     * Every audience for the care team; {@code team-and-family} for the guardians; the child also what is kept from
     * the guardians (always three, for one query shape).
     */
    private List<String> visibleAudiences(ChildRef child) {
        return Confidentiality.visible(relations.of(callers.get().personId(), child.id()));
    }

    private List<ReportVersionEntity> versions(UUID reportId) {
        return em.createQuery("select v from ReportVersionEntity v where v.reportId = :report order by v.version",
                        ReportVersionEntity.class)
                .setParameter("report", reportId).getResultList();
    }

    /** What the caller's read decision releases of the child's reports. */
    private AccessDecision shown(ChildRef child) {
        return policy.released(callers.get(), child, Category.DAILY_REPORTS);
    }

    /**
     * A write may set only the fields the caller's write decision allows, and must be allowed some field of the
     * template (the child's decision allows only the audience: they narrow reports, never write them). A refusal
     * changes nothing.
     */
    private void writable(ChildRef child, ReportTemplate template, Map<String, Object> values) {
        AccessDecision allowed = policy.decide(callers.get(), child, Category.DAILY_REPORTS, Action.WRITE);
        if (template.fields().stream().noneMatch(f -> allowed.releases(f.key()))) {
            throw new AccessDeniedException("You may not write daily reports.");
        }
        for (String key : values.keySet()) {
            if (!allowed.releases(key)) {
                throw new AccessDeniedException("You may not write the field " + LogSafe.value(key)
                        + " of daily reports.");
            }
        }
    }

    private Report report(ReportEntity r, List<ReportVersionEntity> versions, AccessDecision shown) {
        ReportTemplate template = templates.template(templates.byId(r.templateId()));
        List<Report.Version> history = versions.stream()
                .map(v -> new Report.Version(v.version(), values(template, v.fieldValues(), shown), v.note(), v.authorId(),
                        v.authorName(), v.recordedAt()))
                .toList();
        return new Report(r.id(), template, r.occurredOn(), r.audience(), r.currentVersion(),
                values(template, r.currentValues(), shown), r.authorId(), r.authorName(), r.createdAt(), r.updatedAt(),
                history);
    }

    private ReportSummary summary(ReportEntity r, AccessDecision shown) {
        ReportTemplate template = templates.template(templates.byId(r.templateId()));
        Map<String, Object> values = values(template, r.currentValues(), shown);
        boolean shortened = false;
        for (var e : values.entrySet()) {
            if (e.getValue() instanceof String s && s.length() > LIST_TEXT) {
                e.setValue(s.substring(0, s.offsetByCodePoints(0, Math.min(LIST_TEXT - 1,
                        s.codePointCount(0, s.length())))) + "…");
                shortened = true;
            }
        }
        return new ReportSummary(r.id(), r.templateKey(), r.templateVersion(), template.title(), template.titleEn(),
                r.occurredOn(), r.audience(), r.currentVersion(), r.authorId(), r.authorName(), r.createdAt(),
                r.updatedAt(), values, shortened);
    }

    /** Stored values the decision releases (absent otherwise), in the order of the template's fields. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> values(ReportTemplate template, String stored, AccessDecision shown) {
        Map<String, Object> read = json.read(stored, Map.class);
        read.keySet().removeIf(key -> !shown.releases(key));
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (TemplateField f : template.fields()) {
            if (read.containsKey(f.key())) {
                ordered.put(f.key(), read.get(f.key()));
            }
        }
        read.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String name(Caller caller) {
        return caller.displayName() == null || caller.displayName().isBlank() ? "Unknown name" : caller.displayName();
    }

    /** Where a page ends: the last report's day and id, opaque to clients. */
    record Cursor(LocalDate occurredOn, UUID id) {

        String format() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((occurredOn + "/" + id).getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String value) {
            if (value.length() > 100) {
                return null;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
                int slash = text.indexOf('/');
                if (slash < 0) {
                    return null;
                }
                return new Cursor(LocalDate.parse(text.substring(0, slash)),
                        Ids.parse(text.substring(slash + 1), "before"));
            } catch (IllegalArgumentException | java.time.DateTimeException | InvalidInputException e) {
                return null;
            }
        }
    }
}
