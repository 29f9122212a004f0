package no.sammen.records;

import java.util.Map;

/**
 * A correction of a report: a new version with the complete values (against the report's template version);
 * earlier versions are kept as they were.
 *
 * @param basedOnVersion the report version the correction was made against; if the report has been corrected since,
 *                       the correction is refused as a conflict
 * @param values         the complete values of the new version, as in {@link NewReport#values()}
 * @param note           why the report was corrected (required, at most 2 000 characters)
 */
public record Correction(Integer basedOnVersion, Map<String, Object> values, String note) {
}
