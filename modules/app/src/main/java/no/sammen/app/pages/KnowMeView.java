package no.sammen.app.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.media.KnowMe;
import no.sammen.media.KnowMeChange;
import no.sammen.media.KnowMePage;
import no.sammen.media.KnowMeSection;
import no.sammen.media.KnowMeVersion;
import no.sammen.media.MediaItem;
import no.sammen.media.MediaLibrary;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.Children;

/**
 * The child's "Know me" page (ADR 0023): read by the whole team (and the family), with the photos and videos the
 * reader may see inline; written by those the access rule lets write it, a section at a time in one form, each
 * section with the child's photos and videos to tick. The form carries the version it started from: if someone else
 * saved meanwhile, the save is refused, the newer page is shown above, and this person's text stays to save again.
 *
 * <p>View-scoped for the rows added between posts; it holds only the form's text and ids, façade results are
 * transient.
 */
@Named("knowMeView")
@ViewScoped
public class KnowMeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "edit";
    static final String GALLERY_SIZE = "100";
    private static final Pattern SECTION_FIELD = Pattern.compile("sections\\[(\\d+)]\\.(title|text|media)");

    @Inject
    KnowMe knowMe;

    @Inject
    MediaLibrary library;

    @Inject
    Children children;

    @Inject
    ChildRights rights;

    @Inject
    Moments moments;

    private String child;
    private boolean edit;
    private String childName;
    private boolean mayWrite;
    private int basedOnVersion;
    private final List<Row> rows = new ArrayList<>();
    private boolean conflict;
    private transient KnowMePage page;
    private transient List<KnowMeVersion> history;
    private transient List<MediaItem> gallery;
    private transient Boolean mayReadMedia;

    /** One section in the form. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String text;
        private final List<String> attached = new ArrayList<>();
        private final Map<String, Boolean> chosen = new HashMap<>();

        Row() {
        }

        Row(KnowMeSection section) {
            title = section.title();
            text = section.text();
            section.media().forEach(m -> {
                attached.add(m.id().toString());
                chosen.put(m.id().toString(), Boolean.TRUE);
            });
        }

        boolean blank() {
            return (title == null || title.isBlank()) && (text == null || text.isBlank());
        }

        /** The ticked items: those attached before, in their order, then the newly ticked ones. */
        List<String> media(List<MediaItem> gallery) {
            Set<String> ids = new LinkedHashSet<>();
            attached.stream().filter(id -> Boolean.TRUE.equals(chosen.get(id))).forEach(ids::add);
            gallery.stream().map(m -> m.id().toString()).filter(id -> Boolean.TRUE.equals(chosen.get(id)))
                    .forEach(ids::add);
            return List.copyOf(ids);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Map<String, Boolean> getChosen() {
            return chosen;
        }
    }

    /** The edit page's view action (first request only): the form, filled from the newest version. */
    public void loadForEdit() {
        edit = true;
        load();
    }

    /** The page's view action (first request only). */
    public void load() {
        ChildRef ref = ChildRef.parse(child);
        childName = children.profile(ref).name();
        page = knowMe.page(ref);
        mayWrite = rights.may(ref, Category.KNOW_ME, Action.WRITE);
        if (edit && !mayWrite) {
            throw new AccessDeniedException("You may not change this page.");
        }
        basedOnVersion = page.version();
        rows.clear();
        page.sections().forEach(s -> rows.add(new Row(s)));
        if (edit) {
            rows.add(new Row());
        }
    }

    public void addSection() {
        rows.add(new Row());
    }

    /** Saves the next version of the page. */
    public String save() {
        ChildRef ref = ChildRef.parse(child);
        List<KnowMeChange.Section> sections = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!row.blank()) {
                sections.add(new KnowMeChange.Section(row.title, row.text, row.media(getGallery())));
                sent.add(i);
            }
        }
        try {
            KnowMeVersion saved = knowMe.change(ref, new KnowMeChange(basedOnVersion, sections));
            Texts.confirmAfterRedirect("knowMe.saved", saved.version());
        } catch (InvalidInputException e) {
            Texts.error(null, Texts.get("knowMe.notSaved"));
            e.errors().forEach(error -> showProblem(error, sent));
            return null;
        } catch (ConflictException e) {
            page = knowMe.page(ref);
            basedOnVersion = page.version();
            conflict = true;
            Texts.error(null, Texts.get("knowMe.conflict"));
            return null;
        }
        return "/app/know-me.xhtml?faces-redirect=true&child=" + child;
    }

    private static void showProblem(InvalidInputException.FieldError error, List<Integer> sent) {
        Matcher m = SECTION_FIELD.matcher(error.field());
        String clientId = null;
        if (m.matches() && Integer.parseInt(m.group(1)) < sent.size()) {
            clientId = FORM + ":sections:" + sent.get(Integer.parseInt(m.group(1))) + ":"
                    + ("media".equals(m.group(2)) ? "title" : m.group(2));
        }
        Texts.error(clientId, error.message());
    }

    /** The page as the reader may see it (after a conflict: the newer version). */
    public KnowMePage getPage() {
        if (page == null) {
            page = knowMe.page(ChildRef.parse(child));
        }
        return page;
    }

    public List<KnowMeVersion> getHistory() {
        if (history == null) {
            history = knowMe.versions(ChildRef.parse(child));
        }
        return history;
    }

    /** The child's photos and videos the writer may tick (none if the media rule refuses them). */
    public List<MediaItem> getGallery() {
        if (gallery == null) {
            gallery = isMayReadMedia() ? library.list(ChildRef.parse(child), null, GALLERY_SIZE, null).items()
                    : List.of();
        }
        return gallery;
    }

    public boolean isMayReadMedia() {
        if (mayReadMedia == null) {
            mayReadMedia = rights.may(ChildRef.parse(child), Category.MEDIA, Action.READ);
        }
        return mayReadMedia;
    }

    public String when(java.time.OffsetDateTime at) {
        return moments.when(at);
    }

    /** "added: Ja og nei; changed: Løfte og flytte" in the page's language. */
    public String changes(KnowMeVersion version) {
        List<String> parts = new ArrayList<>();
        for (KnowMeVersion.Change c : version.changes()) {
            parts.add(Texts.get("knowMe.change." + c.kind()) + (c.title().isEmpty() ? "" : " «" + c.title() + "»"));
        }
        return String.join("; ", parts);
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public boolean isEdit() {
        return edit;
    }


    public String getChildName() {
        return childName;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(int basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isConflict() {
        return conflict;
    }
}
