package no.sammen.records;

import java.time.LocalDate;

/**
 * A task to propose to a member of the care team.
 *
 * @param title       what is to be done, at most 200 characters
 * @param description what the assignee needs to understand the task, at most 10 000 characters; may be empty
 * @param assignee    the person id of an active member of the child's care team
 * @param due         the day it is due, not in the past; {@code null} for no due date
 * @param audience    {@code team} (default) or {@code team-and-family}
 */
public record NewTask(String title, String description, String assignee, LocalDate due, String audience) {
}
