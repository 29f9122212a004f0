package no.sammen.media.control;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.media.KnowMe;
import no.sammen.media.KnowMeChange;
import no.sammen.media.KnowMePage;
import no.sammen.media.KnowMeSection;
import no.sammen.media.KnowMeVersion;
import no.sammen.media.MediaItem;
import no.sammen.media.MediaLibrary;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;

/**
 * The "Know me" page (ADR 0023): each version a row of its own, written whole, with what it changed against the one
 * before. The page's media are shown through the guarded {@link MediaLibrary}: one media decision and one audit
 * entry per page read, and a reader the media rule refuses sees how many items are withheld instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnowMeRecords implements KnowMe {

    @PersistenceContext(unitName = "media")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    /** The guarded façade (its proxy): the page's media go through the media access rule and the audit. */
    @Inject
    MediaLibrary library;

    @Inject
    LibraryRecords items;

    /** A version as stored. */
    record Stored(int version, List<Written> sections, List<KnowMeVersion.Change> changes, UUID changedBy,
                  String changedByName, OffsetDateTime changedAt) {
    }

    /** A section as stored: media by id. */
    record Written(String title, String text, List<UUID> media) {
    }

    @Override
    @ChildAccess(category = Category.KNOW_ME, action = Action.READ)
    public KnowMePage page(ChildRef child) {
        Stored newest = newest(child.id());
        return newest == null ? new KnowMePage(0, null, null, null, List.of()) : render(child, newest);
    }

    @Override
    @ChildAccess(category = Category.KNOW_ME, action = Action.READ)
    public KnowMePage version(ChildRef child, int version) {
        List<Stored> found = load(child.id(), "and version = ?2", version);
        if (found.isEmpty()) {
            throw new NotFoundException("The version");
        }
        return render(child, found.get(0));
    }

    @Override
    @ChildAccess(category = Category.KNOW_ME, action = Action.READ)
    public List<KnowMeVersion> versions(ChildRef child) {
        return load(child.id(), "", null).stream().map(s -> new KnowMeVersion(s.version(), s.changedBy(),
                s.changedByName(), s.changedAt(), s.changes())).toList();
    }

    @Override
    @ChildAccess(category = Category.KNOW_ME, action = Action.WRITE)
    @Transactional(Transactional.TxType.REQUIRED)
    public KnowMeVersion change(ChildRef child, KnowMeChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "a JSON object with basedOnVersion and sections");
        }
        if (change.basedOnVersion() == null || change.basedOnVersion() < 0) {
            throw new InvalidInputException("basedOnVersion", "the version the page was read at (0 for the first)");
        }
        List<Written> sections = check(child, change.sections());
        Stored newest = newest(child.id());
        int current = newest == null ? 0 : newest.version();
        if (change.basedOnVersion() != current) {
            throw new ConflictException("The page changed since version " + change.basedOnVersion() + " (it is at "
                    + current + " now): read it again and make the change there");
        }
        List<KnowMeVersion.Change> changes = changes(newest == null ? List.of() : newest.sections(), sections);
        if (changes.isEmpty() && newest != null) {
            return new KnowMeVersion(current, newest.changedBy(), newest.changedByName(), newest.changedAt(),
                    newest.changes());
        }
        Caller caller = callers.get();
        OffsetDateTime now = UploadRows.now();
        int written = em.createNativeQuery("""
                        insert into media.know_me_version (child_id, version, sections, changes, changed_by,
                                                           changed_by_name, changed_at)
                        select ?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as timestamptz)
                         where coalesce((select max(version) from media.know_me_version where child_id = ?1), 0) = ?8
                        on conflict do nothing
                        """)
                .setParameter(1, child.id()).setParameter(2, current + 1).setParameter(3, sectionsJson(sections))
                .setParameter(4, changesJson(changes)).setParameter(5, caller.personId())
                .setParameter(6, caller.displayName() == null ? "" : caller.displayName())
                .setParameter(7, Sql.literal(now)).setParameter(8, current)
                .executeUpdate();
        if (written == 0) {
            throw new ConflictException("Someone else changed the page at the same time: read it again");
        }
        return new KnowMeVersion(current + 1, caller.personId(), caller.displayName(), now, changes);
    }

    /** Checks the sections a writer sent; media must be items of this child the writer sees. */
    private List<Written> check(ChildRef child, List<KnowMeChange.Section> sent) {
        if (sent == null) {
            throw new InvalidInputException("sections", "the page's sections (an empty list clears the page)");
        }
        if (sent.size() > KnowMeChange.MAX_SECTIONS) {
            throw new InvalidInputException("sections", "at most " + KnowMeChange.MAX_SECTIONS + " sections");
        }
        List<Written> sections = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        Map<UUID, String> mediaFields = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            String field = "sections[" + i + "]";
            KnowMeChange.Section s = sent.get(i);
            if (s == null) {
                throw new InvalidInputException(field, "a section with a title");
            }
            String title = s.title() == null ? "" : s.title().strip();
            if (title.isEmpty() || title.length() > KnowMeChange.MAX_TITLE) {
                throw new InvalidInputException(field + ".title", "1 to " + KnowMeChange.MAX_TITLE + " characters");
            }
            if (!titles.add(title.toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidInputException(field + ".title", "another section has this title");
            }
            String text = s.text() == null ? "" : s.text().strip();
            if (text.length() > KnowMeChange.MAX_TEXT) {
                throw new InvalidInputException(field + ".text", "at most " + KnowMeChange.MAX_TEXT + " characters");
            }
            List<String> media = s.media() == null ? List.of() : s.media();
            if (media.size() > KnowMeChange.MAX_MEDIA) {
                throw new InvalidInputException(field + ".media", "at most " + KnowMeChange.MAX_MEDIA + " items");
            }
            List<UUID> ids = new ArrayList<>();
            for (String id : media) {
                UUID parsed;
                try {
                    parsed = UUID.fromString(Objects.requireNonNull(id).strip());
                } catch (RuntimeException e) {
                    throw new InvalidInputException(field + ".media", "must be ids of the child's photos and videos");
                }
                if (!ids.contains(parsed)) {
                    ids.add(parsed);
                    mediaFields.putIfAbsent(parsed, field + ".media");
                }
            }
            sections.add(new Written(title, text, List.copyOf(ids)));
        }
        Set<UUID> known = items.visible(child, List.copyOf(mediaFields.keySet()));
        mediaFields.forEach((id, field) -> {
            if (!known.contains(id)) {
                throw new InvalidInputException(field, "must be ids of the child's photos and videos");
            }
        });
        return sections;
    }

    /** What {@code next} changes against {@code previous}, section by section (by title). */
    static List<KnowMeVersion.Change> changes(List<Written> previous, List<Written> next) {
        Map<String, Written> before = new LinkedHashMap<>();
        previous.forEach(s -> before.put(s.title(), s));
        Map<String, Written> after = new LinkedHashMap<>();
        next.forEach(s -> after.put(s.title(), s));
        List<KnowMeVersion.Change> changes = new ArrayList<>();
        for (Written s : next) {
            Written old = before.get(s.title());
            if (old == null) {
                changes.add(new KnowMeVersion.Change("added", s.title()));
            } else if (!old.equals(s)) {
                changes.add(new KnowMeVersion.Change("changed", s.title()));
            }
        }
        for (Written s : previous) {
            if (!after.containsKey(s.title())) {
                changes.add(new KnowMeVersion.Change("removed", s.title()));
            }
        }
        List<String> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
        if (changes.isEmpty() && !keptBefore.equals(keptAfter)) {
            changes.add(new KnowMeVersion.Change("reordered", ""));
        }
        return changes;
    }

    private KnowMePage render(ChildRef child, Stored stored) {
        List<UUID> all = stored.sections().stream().flatMap(s -> s.media().stream()).distinct().toList();
        Map<UUID, MediaItem> shown = new LinkedHashMap<>();
        Set<UUID> withheld = Set.of();
        if (!all.isEmpty()) {
            try {
                library.items(child, all).forEach(m -> shown.put(m.id(), m));
            } catch (AccessDeniedException e) {
                withheld = items.visible(child, all);
            }
        }
        List<KnowMeSection> sections = new ArrayList<>();
        for (Written s : stored.sections()) {
            Set<UUID> refused = withheld;
            sections.add(new KnowMeSection(s.title(), s.text(),
                    s.media().stream().map(shown::get).filter(Objects::nonNull).toList(),
                    (int) s.media().stream().filter(refused::contains).count()));
        }
        return new KnowMePage(stored.version(), stored.changedBy(), stored.changedByName(), stored.changedAt(),
                sections);
    }

    private Stored newest(UUID childId) {
        List<Stored> found = load(childId, "order by version desc limit 1", null);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Stored> load(UUID childId, String tail, Integer version) {
        String sql = "select version, sections, changes, changed_by, changed_by_name, changed_at"
                + " from media.know_me_version where child_id = ?1 "
                + (tail.isEmpty() ? "order by version desc" : tail);
        var query = em.createNativeQuery(sql).setParameter(1, childId);
        if (version != null) {
            query.setParameter(2, version);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Stored(Sql.integer(r[0]), sections((String) r[1]), changes((String) r[2]),
                Sql.uuid(r[3]), (String) r[4], Sql.utc(r[5]))).toList();
    }

    static String sectionsJson(List<Written> sections) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Written s : sections) {
            JsonArrayBuilder media = Json.createArrayBuilder();
            s.media().forEach(id -> media.add(id.toString()));
            array.add(Json.createObjectBuilder().add("title", s.title()).add("text", s.text()).add("media", media));
        }
        return array.build().toString();
    }

    static List<Written> sections(String json) {
        List<Written> sections = new ArrayList<>();
        for (JsonObject o : array(json).getValuesAs(JsonObject.class)) {
            sections.add(new Written(o.getString("title"), o.getString("text"), o.getJsonArray("media")
                    .getValuesAs(JsonString.class).stream().map(v -> UUID.fromString(v.getString())).toList()));
        }
        return sections;
    }

    static String changesJson(List<KnowMeVersion.Change> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        changes.forEach(c -> array.add(Json.createObjectBuilder().add("kind", c.kind()).add("title", c.title())));
        return array.build().toString();
    }

    static List<KnowMeVersion.Change> changes(String json) {
        return array(json).getValuesAs(JsonObject.class).stream()
                .map(o -> new KnowMeVersion.Change(o.getString("kind"), o.getString("title"))).toList();
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
