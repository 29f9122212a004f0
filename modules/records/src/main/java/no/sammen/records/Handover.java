package no.sammen.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What changed for a child since the caller's last visit, compact enough for one phone screen: per group a count and
 * the newest few items, each with a link to the details.
 *
 * @param since          the start of the window shown: the caller's last visit, or 14 days ago if none is known
 * @param lastVisit      the caller's last recorded visit, or {@code null} if none
 * @param reports        new and corrected daily reports
 * @param observations   observations out of their reference range
 * @param carePlan       changes and sign-offs of the advance care plan
 * @param openTasks      tasks waiting for the caller: proposed to them, or active and theirs (not limited to the window)
 * @param taskChanges    tasks proposed, accepted, declined, completed or cancelled in the window
 * @param team           changes of the care team
 * @param newMedia       photos and videos added in the window
 * @param unreadMessages the chat's messages the caller has not read, in the threads they take part in (not limited to
 *                       the window; 0 when they may not read the chat), see {@link UnreadMessages}
 */
public record Handover(OffsetDateTime since, OffsetDateTime lastVisit, Group reports, Group observations,
                       Group carePlan, OpenTasks openTasks, Group taskChanges, Group team, int newMedia,
                       int unreadMessages) {

    // Shallow hash codes: JSON-B (Yasson) puts every object it writes into a hash set to detect cycles, and a
    // record's own hashCode hashes everything beneath it, so writing a handover hashed each item once per level above
    // it, twice: 7 % of a handover request's processor time (docs/benchmarks.md). Equal records still hash equal.

    @Override
    public int hashCode() {
        return Objects.hashCode(since);
    }

    /** How many events a group has in the window, and the newest of them. */
    public record Group(long count, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count) * 31 + items.size();
        }
    }

    /** One event in a group. */
    public record Item(OffsetDateTime occurredAt, String kind, String summary, String authorName, boolean flagged,
                       String link) {

        @Override
        public int hashCode() {
            return Objects.hashCode(link);
        }
    }

    /** The caller's open tasks: how many, and the most pressing of them (earliest due first). */
    public record OpenTasks(long count, List<OpenTask> items) {
        public OpenTasks {
            items = List.copyOf(items);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count) * 31 + items.size();
        }
    }

    /** One open task of the caller. */
    public record OpenTask(UUID id, String title, String status, LocalDate due, boolean overdue, String link) {
    }
}
