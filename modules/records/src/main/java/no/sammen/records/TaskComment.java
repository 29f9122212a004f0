package no.sammen.records;

/** What the assignee says when accepting or declining a task (required when declining). */
public record TaskComment(String comment) {
}
