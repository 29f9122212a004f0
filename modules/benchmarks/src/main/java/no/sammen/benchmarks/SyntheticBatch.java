package no.sammen.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows of a few synthetic children, one {@link CopyRows} per table, written with {@code COPY} in an order that
 * satisfies the foreign keys (the child before what refers to it). One batch is one transaction: a child is written
 * whole or not at all.
 */
final class SyntheticBatch {

    final CopyRows persons = new CopyRows("identity.person", List.of("id", "national_id_hash", "national_id_cipher",
            "national_id_key_id", "display_name", "birth_date", "hpr_number", "hpr_professions", "assigned_roles",
            "administrator", "created_at", "last_login_at"));
    final CopyRows children = new CopyRows("records.child", List.of("id", "person_id", "display_name", "birth_date",
            "contacts", "diagnoses", "medications", "created_by", "created_at", "updated_at", "version"));
    final CopyRows family = new CopyRows("records.family_member", List.of("child_id", "person_id", "relation",
            "added_by", "added_at"));
    final CopyRows team = new CopyRows("records.care_team_member", List.of("id", "child_id", "person_id",
            "display_name", "profession", "organisation", "team_role", "valid_from", "valid_to", "added_by", "added_at"));
    final CopyRows reports = new CopyRows("records.report", List.of("id", "child_id", "template_id", "template_key",
            "template_version", "occurred_on", "audience", "current_version", "current_values", "author_id",
            "author_name", "created_at", "updated_at", "lock_version"));
    final CopyRows reportVersions = new CopyRows("records.report_version", List.of("id", "report_id", "version",
            "field_values", "note", "author_id", "author_name", "recorded_at"));
    final CopyRows observations = new CopyRows("records.observation", List.of("id", "child_id", "kind", "value",
            "unit", "observed_at", "out_of_range", "audience", "note", "author_id", "author_name", "recorded_at"));
    final CopyRows carePlanVersions = new CopyRows("records.care_plan_version", List.of("id", "child_id", "number",
            "sections", "audience", "change_note", "author_id", "author_name", "created_at"));
    final CopyRows carePlanSignOffs = new CopyRows("records.care_plan_sign_off", List.of("version_id", "child_id",
            "signed_off_by", "signed_off_by_name", "signed_off_at"));
    final CopyRows carePlans = new CopyRows("records.care_plan", List.of("child_id", "current_version_id",
            "current_number", "updated_at", "version"));
    final CopyRows tasks = new CopyRows("records.task", List.of("id", "child_id", "title", "description",
            "assignee_id", "due", "audience", "status", "created_by", "created_at", "answer_comment", "answered_at",
            "closed_at", "updated_at", "version"));
    final CopyRows events = new CopyRows("records.timeline_event", List.of("id", "child_id", "occurred_at",
            "recorded_at", "category", "kind", "entry_id", "audience", "author_id", "summary", "flagged"));
    final CopyRows lastSeen = new CopyRows("records.last_seen", List.of("child_id", "person_id", "seen_at"));

    private final List<CopyRows> inOrder = List.of(persons, children, family, team, reports, reportVersions,
            observations, carePlanVersions, carePlanSignOffs, carePlans, tasks, events, lastSeen);

    /** How many children this batch holds. */
    int childCount;

    long rows() {
        return inOrder.stream().mapToLong(CopyRows::rows).sum();
    }

    /** COPYs every table's rows on {@code db}, in the current transaction (the caller commits). */
    void write(Connection db) throws SQLException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (CopyRows rows : inOrder) {
            if (rows.rows() == 0) {
                continue;
            }
            try {
                copy.copyIn(rows.copyStatement(), new StringReader(rows.text()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + rows.table() + " failed", e);
            }
        }
    }
}
