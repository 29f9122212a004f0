package no.sammen.records.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Caller;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.records.NewTemplate;
import no.sammen.records.ReportTemplate;
import no.sammen.records.ReportTemplates;
import no.sammen.records.TemplateField;
import no.sammen.records.entity.ReportTemplateEntity;

/**
 * Report templates in PostgreSQL, one row per version. Only administrators define them (checked here as well as at
 * the API, so a page cannot skip it); everyone signed in reads them.
 */
@ApplicationScoped
@Transactional
public class TemplateCatalogue implements ReportTemplates {

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Inject
    TemplateStore store;

    @Inject
    JsonDocuments json;

    @Inject
    RecordsClock clock;

    @Override
    public List<ReportTemplate> active() {
        return store.latestOfEach().stream().filter(ReportTemplateEntity::active).map(store::template).toList();
    }

    @Override
    public ReportTemplate template(String key, Integer version) {
        checkReference(key, version);
        ReportTemplateEntity found = version == null ? store.latest(key).orElse(null)
                : store.version(key, version).orElse(null);
        if (found == null) {
            throw new NotFoundException("The template");
        }
        return store.template(found);
    }

    @Override
    public List<ReportTemplate> all() {
        administrator();
        return store.latestOfEach().stream().map(store::template).toList();
    }

    @Override
    public List<ReportTemplate> versions(String key) {
        administrator();
        new Checks().that(key != null && TemplateDefinitions.TEMPLATE_KEY.matcher(key).matches(), "key",
                "must be a template key such as daily-report").orThrow();
        List<ReportTemplateEntity> versions = store.versions(key);
        if (versions.isEmpty()) {
            throw new NotFoundException("The template");
        }
        return versions.stream().map(store::template).toList();
    }

    @Override
    public ReportTemplate define(NewTemplate template) {
        Caller caller = administrator();
        Checks checks = new Checks();
        List<TemplateField> fields = TemplateDefinitions.check(template, checks);
        checks.orThrow();
        int latest = store.latest(template.key()).map(ReportTemplateEntity::version).orElse(0);
        if (template.basedOnVersion() != null && template.basedOnVersion() != latest) {
            throw new ConflictException(latest == 0
                    ? "There is no template '" + template.key() + "' yet; leave out basedOnVersion to create it."
                    : "The template was changed by someone else (now version " + latest
                    + "); reload it and make your change again.");
        }
        var entity = new ReportTemplateEntity(Ids.newId(), template.key(), latest + 1, template.title().trim(),
                template.titleEn().trim(), template.active() == null || template.active(), json.write(fields),
                caller.personId(), clock.now());
        em.persist(entity);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Someone else made a version of this template at the same time; reload it "
                    + "and make your change again.");
        }
        return store.template(entity);
    }

    /**
     * The template version a report or form names: unknown key or version is bad input naming
     * {@code templateKey} / {@code templateVersion}.
     */
    static ReportTemplateEntity find(TemplateStore store, String key, Integer version) {
        checkReference(key, version);
        ReportTemplateEntity latest = store.latest(key)
                .orElseThrow(() -> new InvalidInputException("templateKey", "there is no template with this key"));
        if (version == null) {
            return latest;
        }
        return store.version(key, version).orElseThrow(() -> new InvalidInputException("templateVersion",
                "template " + key + " has no version " + version + " (the latest is " + latest.version() + ")"));
    }

    private static void checkReference(String key, Integer version) {
        Checks checks = new Checks().required("templateKey", key);
        if (key != null && !key.isBlank()) {
            checks.that(TemplateDefinitions.TEMPLATE_KEY.matcher(key).matches() && key.length() <= 60, "templateKey",
                    "must be a template key such as daily-report");
        }
        checks.that(version == null || version >= 1, "templateVersion", "must be 1 or more").orThrow();
    }

    private Caller administrator() {
        Caller caller = callers.get();
        if (!caller.administrator()) {
            throw new AccessDeniedException("Only administrators manage report templates.");
        }
        return caller;
    }
}
