package no.sammen.app.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.ChildRef;
import no.sammen.records.Children;
import no.sammen.records.Timeline;
import no.sammen.records.TimelinePage;

/**
 * A child's timeline, newest first, a page at a time: "Vis flere" is a plain link carrying the façade's cursor, so
 * the next page starts right after the last event shown (a keyset, not an offset) and the address can be shared or
 * reloaded. Category chips narrow it to one category.
 */
@Named("timelineView")
@RequestScoped
public class TimelineView {

    /** Events per page: a few phone screens. */
    static final int PAGE_SIZE = 20;
    /** The categories a person can narrow the timeline to, in the order of the chips. */
    static final List<String> CATEGORIES = List.of("daily-reports", "observations", "care-plan", "tasks", "care-team",
            "identity");

    @Inject
    Timeline timeline;

    @Inject
    Children children;

    @Inject
    Moments moments;

    private String child;
    private String category;
    private String cursor;
    private TimelinePage page;
    private String childName;

    /** One event as the page shows it. */
    public record Event(String id, String when, String iso, String category, String categoryText, String kindText,
                        String summary, String author, boolean flagged, boolean familySees, String link) {
    }

    /** A category chip. */
    public record Chip(String category, String text, String link, boolean current) {
    }

    /** Reads the page: an unknown or unrelated child is a 404, a cursor or category not of this timeline a 400. */
    public void load() {
        ChildRef ref = ChildRef.parse(child);
        String narrowed = category == null || category.isBlank() ? null : category;
        page = timeline.events(ref, narrowed, Integer.toString(PAGE_SIZE), cursor == null || cursor.isBlank() ? null
                : cursor);
        childName = children.profile(ref).name();
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getChildName() {
        return childName;
    }

    /** Whether this is an older page (reached by "Vis flere"). */
    public boolean isOlder() {
        return cursor != null && !cursor.isBlank();
    }

    public List<Event> getEvents() {
        ChildRef ref = ChildRef.parse(child);
        return page.events().stream().map(e -> new Event(e.id().toString(), moments.when(e.occurredAt()),
                moments.iso(e.occurredAt()), e.category(), categoryText(e.category()), kindText(e.kind()), e.summary(),
                e.authorName(), e.flagged(),
                "team-and-family".equals(e.audience()), EntryPages.of(ref.id(), e.category(), e.link()))).toList();
    }

    /** The name of what happened in the page's language, or {@code null} when there is none for this kind. */
    private static String kindText(String kind) {
        String key = "timeline.kind." + kind;
        return PageTexts.has(key) ? PageTexts.text(key) : null;
    }

    /** The name of a category in the page's language (its API name when there is none). */
    private static String categoryText(String category) {
        String key = "category." + category;
        return PageTexts.has(key) ? PageTexts.text(key) : category;
    }

    /** The chips: all, then each category; the current one marked. */
    public List<Chip> getChips() {
        ChildRef ref = ChildRef.parse(child);
        String current = category == null || category.isBlank() ? "" : category;
        List<Chip> chips = new ArrayList<>();
        chips.add(new Chip("", PageTexts.text("timeline.all"), EntryPages.timeline(ref.id(), null), current.isEmpty()));
        for (String c : CATEGORIES) {
            chips.add(new Chip(c, categoryText(c), EntryPages.timeline(ref.id(), c), c.equals(current)));
        }
        return chips;
    }

    /** The link to the next (older) page, or {@code null} on the last page. */
    public String getMoreLink() {
        if (page.nextCursor() == null) {
            return null;
        }
        ChildRef ref = ChildRef.parse(child);
        String narrowed = category == null || category.isBlank() ? null : category;
        return EntryPages.timeline(ref.id(), narrowed) + "&cursor="
                + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
    }

    /** The newest page in the same category. */
    public String getNewestLink() {
        String narrowed = category == null || category.isBlank() ? null : category;
        return EntryPages.timeline(ChildRef.parse(child).id(), narrowed);
    }
}
