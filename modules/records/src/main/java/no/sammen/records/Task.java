package no.sammen.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A task on a child's record.
 *
 * @param id           the task's id
 * @param title        what is to be done
 * @param description  what the assignee needs to understand it, or {@code null}
 * @param status       {@code proposed}, {@code active}, {@code declined}, {@code done} or {@code cancelled}
 * @param assigneeId   the member it is assigned to
 * @param assigneeName the assignee's name
 * @param due          the day it is due, or {@code null}
 * @param overdue      whether it is open and its due day has passed
 * @param audience     {@code team} or {@code team-and-family}
 * @param createdById  who proposed it
 * @param createdByName the proposer's name
 * @param createdAt    when it was proposed
 * @param comment      the assignee's comment on accepting or declining, or {@code null}
 * @param answeredAt   when the assignee accepted or declined, or {@code null}
 * @param closedAt     when it was completed or cancelled, or {@code null}
 * @param version      changes with every transition
 */
public record Task(UUID id, String title, String description, String status, UUID assigneeId, String assigneeName,
                   LocalDate due, boolean overdue, String audience, UUID createdById, String createdByName,
                   OffsetDateTime createdAt, String comment, OffsetDateTime answeredAt, OffsetDateTime closedAt,
                   long version) implements ChildEntry {
}
