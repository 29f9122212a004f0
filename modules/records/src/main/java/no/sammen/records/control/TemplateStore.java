package no.sammen.records.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.records.ReportTemplate;
import no.sammen.records.TemplateField;
import no.sammen.records.entity.ReportTemplateEntity;

/** Finds template versions, for the template catalogue and for the reports written from them. */
@ApplicationScoped
public class TemplateStore {

    private static final java.lang.reflect.Type FIELDS = new ArrayList<TemplateField>() { }.getClass()
            .getGenericSuperclass();

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    JsonDocuments json;

    public Optional<ReportTemplateEntity> version(String key, int version) {
        return em.createQuery("select t from ReportTemplateEntity t where t.templateKey = :key and t.version = :version",
                        ReportTemplateEntity.class)
                .setParameter("key", key).setParameter("version", version)
                .getResultStream().findFirst();
    }

    public Optional<ReportTemplateEntity> latest(String key) {
        return em.createQuery("select t from ReportTemplateEntity t where t.templateKey = :key order by t.version desc",
                        ReportTemplateEntity.class)
                .setParameter("key", key).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The latest version of every template, by key. */
    @SuppressWarnings("unchecked")
    public List<ReportTemplateEntity> latestOfEach() {
        return em.createNativeQuery("""
                        select distinct on (template_key) * from records.report_template
                         order by template_key, version desc
                        """, ReportTemplateEntity.class)
                .getResultList();
    }

    public List<ReportTemplateEntity> versions(String key) {
        return em.createQuery("select t from ReportTemplateEntity t where t.templateKey = :key order by t.version",
                        ReportTemplateEntity.class)
                .setParameter("key", key).getResultList();
    }

    public ReportTemplateEntity byId(java.util.UUID id) {
        return em.find(ReportTemplateEntity.class, id);
    }

    /** Template versions never change, so what was read once may be kept (on every instance alike). */
    private final java.util.Map<java.util.UUID, ReportTemplate> read = new java.util.concurrent.ConcurrentHashMap<>();

    public ReportTemplate template(ReportTemplateEntity t) {
        ReportTemplate known = read.get(t.id());
        if (known != null) {
            return known;
        }
        if (read.size() > 1000) {
            read.clear();
        }
        ReportTemplate template = parse(t);
        read.put(t.id(), template);
        return template;
    }

    private ReportTemplate parse(ReportTemplateEntity t) {
        List<TemplateField> fields = json.<TemplateField>readList(t.fields(), FIELDS).stream()
                .map(f -> f.options() == null
                        ? new TemplateField(f.key(), f.label(), f.labelEn(), f.type(), f.required(), f.unit(),
                        List.of(), f.min(), f.max())
                        : f)
                .toList();
        return new ReportTemplate(t.templateKey(), t.version(), t.title(), t.titleEn(), t.active(), fields,
                t.createdAt());
    }
}
