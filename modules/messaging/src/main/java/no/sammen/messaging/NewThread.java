package no.sammen.messaging;

import java.util.List;
import java.util.UUID;

/**
 * A thread to open: {@code group} (a team member with chosen team members) or {@code confidential} (the adolescent
 * with chosen professionals of the team). The team and family threads exist for every child and are not opened.
 */
public record NewThread(String kind, String title, List<UUID> participants) {
}
