package no.sammen.app.pages;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.media.MediaItem;
import no.sammen.media.MediaLibrary;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.records.Children;

/**
 * A child's photos and videos: the gallery (narrowed by the media façade to what the caller may see, optionally to
 * one tag), the upload form (the browser sends the file with the tus protocol straight to the API, resuming after a
 * dropped connection), one item with its player, and the compare view: two items with the same tag side by side,
 * by default the oldest and the newest.
 */
@Named("mediaGallery")
@RequestScoped
public class MediaGallery {

    static final String PAGE_SIZE = "60";

    @Inject
    MediaLibrary library;

    @Inject
    Children children;

    @Inject
    Moments moments;

    private String child;
    private String tag;
    private String item;
    private String first;
    private String second;
    private String childName;
    private List<MediaItem> items;
    private long total;
    private MediaItem shown;
    private MediaItem left;
    private MediaItem right;

    /** The gallery page: the items (with the tag, if one is chosen) and, for a tag, the compare pair. */
    public void load() {
        ChildRef ref = ChildRef.parse(child);
        childName = children.profile(ref).name();
        var page = library.list(ref, tag, PAGE_SIZE, null);
        items = page.items();
        total = page.total();
        if (tag != null && !tag.isBlank() && items.size() >= 2) {
            left = pick(ref, second, items.get(items.size() - 1));
            right = pick(ref, first, items.get(0));
        }
    }

    /** The item page. */
    public void loadItem() {
        ChildRef ref = ChildRef.parse(child);
        childName = children.profile(ref).name();
        shown = library.item(ref, Ids.parse(item, "id"));
    }

    private MediaItem pick(ChildRef ref, String id, MediaItem fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        UUID wanted = Ids.parse(id, "id");
        return library.item(ref, wanted);
    }

    public String when(MediaItem m) {
        return moments.when(m.takenAt());
    }

    public List<String> getVocabulary() {
        return MediaLibrary.VOCABULARY;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public String getChildName() {
        return childName;
    }

    public List<MediaItem> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public MediaItem getShown() {
        return shown;
    }

    public MediaItem getLeft() {
        return left;
    }

    public MediaItem getRight() {
        return right;
    }

    public boolean isComparing() {
        return left != null && right != null;
    }
}
