package no.sammen.records;

import java.util.List;

/**
 * A template definition from an administrator: a new template, or the next version of the template with this key.
 *
 * @param key            the template's key (lower-case letters, digits and hyphens)
 * @param title          the title in Norwegian (bokmål)
 * @param titleEn        the title in English
 * @param active         whether reports may be written from it; {@code null} means active
 * @param fields         the fields, at least one, each key once
 * @param basedOnVersion optional: the latest version the administrator saw; if another version has been made since,
 *                       the definition is refused as a conflict
 */
public record NewTemplate(String key, String title, String titleEn, Boolean active, List<TemplateField> fields,
                          Integer basedOnVersion) {
}
