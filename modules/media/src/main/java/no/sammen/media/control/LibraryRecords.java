package no.sammen.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import no.sammen.media.MediaChange;
import no.sammen.media.MediaContent;
import no.sammen.media.MediaItem;
import no.sammen.media.MediaLibrary;
import no.sammen.media.MediaPage;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.CallerRelations;

/**
 * A child's items. Every query is narrowed in SQL by audience: the care team sees both audiences, the family only
 * {@code team-and-family}, and to them the rest does not exist (404, and not counted). Content is streamed from the
 * encrypted store after the call returns: only the chunks a range needs are read and opened.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LibraryRecords implements MediaLibrary {

    static final int DEFAULT_LIMIT = 24;
    static final int MAX_LIMIT = 100;
    private static final String COLUMNS = """
            i.id, i.kind, i.content_type, i.byte_size, i.file_name, i.description,
            (select string_agg(t.tag, ',' order by t.tag) from media.item_tag t where t.item_id = i.id),
            i.taken_by, i.taken_at, i.uploaded_at, i.audience, i.width, i.height, i.has_thumbnail, i.child_id""";

    @PersistenceContext(unitName = "media")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Inject
    CallerRelations relations;

    @Inject
    UploadRows rows;

    @Inject
    MediaSettings settings;

    /** The audiences the caller sees: both for the team, only the family's for the family. */
    List<String> audiences(ChildRef child) {
        String family = Audience.TEAM_AND_FAMILY.apiName();
        return relations.of(child.id()).family() ? List.of(family, family) : List.of(Audience.TEAM.apiName(), family);
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.READ)
    public List<String> vocabulary(ChildRef child) {
        return VOCABULARY;
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.READ)
    public MediaPage list(ChildRef child, String tag, String limitValue, String cursorValue) {
        int limit = DEFAULT_LIMIT;
        if (limitValue != null && !limitValue.isBlank()) {
            try {
                limit = Integer.parseInt(limitValue.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidInputException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        String wantedTag = tag == null || tag.isBlank() ? null : Tags.check(List.of(tag)).get(0);
        Cursor cursor = Cursor.decode(cursorValue);
        List<String> audiences = audiences(child);
        String where = " from media.item i where i.child_id = ?1 and i.audience in (?2, ?3)"
                + (wantedTag != null ? " and exists (select 1 from media.item_tag t where t.item_id = i.id"
                        + " and t.tag = ?4)" : "");
        Query count = em.createNativeQuery("select count(*)" + where);
        bind(count, child, audiences, wantedTag);
        long total = Sql.number(count.getSingleResult());
        Query page = em.createNativeQuery("select " + COLUMNS + where
                + (cursor != null ? " and (i.taken_at, i.id) < (cast(?5 as timestamptz), ?6)" : "")
                + " order by i.taken_at desc, i.id desc limit " + (limit + 1));
        bind(page, child, audiences, wantedTag);
        if (cursor != null) {
            page.setParameter(5, Sql.literal(cursor.takenAt())).setParameter(6, cursor.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = page.getResultList();
        boolean more = found.size() > limit;
        List<MediaItem> items = new ArrayList<>();
        for (Object[] row : found.subList(0, Math.min(limit, found.size()))) {
            items.add(item(row));
        }
        String next = more ? new Cursor(items.get(limit - 1).takenAt(), items.get(limit - 1).id()).encode() : null;
        return new MediaPage(items, total, next);
    }

    private static void bind(Query query, ChildRef child, List<String> audiences, String tag) {
        query.setParameter(1, child.id()).setParameter(2, audiences.get(0)).setParameter(3, audiences.get(1));
        if (tag != null) {
            query.setParameter(4, tag);
        }
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.READ)
    public MediaItem item(ChildRef child, UUID mediaId) {
        return released(child, mediaId);
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.READ)
    public List<MediaItem> items(ChildRef child, List<UUID> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        List<String> audiences = audiences(child);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select " + COLUMNS + " from media.item i where i.child_id = ?1"
                        + " and i.audience in (?2, ?3) and i.id = any(cast(string_to_array(?4, ',') as uuid[]))")
                .setParameter(1, child.id()).setParameter(2, audiences.get(0)).setParameter(3, audiences.get(1))
                .setParameter(4, String.join(",", mediaIds.stream().map(UUID::toString).toList()))
                .getResultList();
        java.util.Map<UUID, MediaItem> byId = new java.util.HashMap<>();
        for (Object[] row : found) {
            MediaItem item = item(row);
            byId.put(item.id(), item);
        }
        return mediaIds.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Which of these ids are items of the child whose audience includes the caller (the caller's access was decided
     * by the guarded method calling this; nothing of the items is released).
     */
    Set<UUID> visible(ChildRef child, List<UUID> mediaIds) {
        if (mediaIds.isEmpty()) {
            return Set.of();
        }
        List<String> audiences = audiences(child);
        List<?> found = em.createNativeQuery("select i.id from media.item i where i.child_id = ?1"
                        + " and i.audience in (?2, ?3) and i.id = any(cast(string_to_array(?4, ',') as uuid[]))")
                .setParameter(1, child.id()).setParameter(2, audiences.get(0)).setParameter(3, audiences.get(1))
                .setParameter(4, String.join(",", mediaIds.stream().map(UUID::toString).toList()))
                .getResultList();
        return found.stream().map(Sql::uuid).collect(java.util.stream.Collectors.toSet());
    }

    /** The item if the caller may see it (the caller's access was decided by the guarded method calling this). */
    MediaItem released(ChildRef child, UUID mediaId) {
        List<String> audiences = audiences(child);
        List<?> found = em.createNativeQuery("select " + COLUMNS
                        + " from media.item i where i.id = ?1 and i.child_id = ?2 and i.audience in (?3, ?4)")
                .setParameter(1, mediaId).setParameter(2, child.id())
                .setParameter(3, audiences.get(0)).setParameter(4, audiences.get(1))
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("The photo or video");
        }
        return item((Object[]) found.get(0));
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.WRITE)
    @Transactional(Transactional.TxType.REQUIRED)
    public MediaItem change(ChildRef child, UUID mediaId, MediaChange change) {
        if (change == null) {
            throw new InvalidInputException("body", "a JSON object with the values to change");
        }
        MediaItem item = released(child, mediaId);
        if (change.description() != null) {
            if (change.description().strip().length() > 2000) {
                throw new InvalidInputException("description", "must be at most 2000 characters");
            }
            em.createNativeQuery("update media.item set description = ?2, version = version + 1 where id = ?1")
                    .setParameter(1, item.id()).setParameter(2, change.description().strip()).executeUpdate();
        }
        if (change.audience() != null) {
            em.createNativeQuery("update media.item set audience = ?2, version = version + 1 where id = ?1")
                    .setParameter(1, item.id())
                    .setParameter(2, Audience.fromApiName(change.audience(), "audience").apiName()).executeUpdate();
        }
        if (change.takenAt() != null) {
            OffsetDateTime takenAt = Sql.parseTime(change.takenAt(), "takenAt", UploadRows.now());
            em.createNativeQuery("update media.item set taken_at = cast(?2 as timestamptz), version = version + 1"
                            + " where id = ?1")
                    .setParameter(1, item.id()).setParameter(2, Sql.literal(takenAt)).executeUpdate();
        }
        if (change.tags() != null) {
            rows.replaceTags(item.id(), Tags.check(change.tags()));
        }
        return released(child, mediaId);
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.READ)
    public MediaContent content(ChildRef child, UUID mediaId, String range) {
        MediaItem item = released(child, mediaId);
        List<SealedStore.Segment> segments = rows.segments(item.id());
        SealedStore.Content stored = segments.isEmpty() ? null : settings.store().composite(segments);
        return stream(stored, "items/" + item.id(), item.contentType(), item.fileName(), range,
                "\"" + item.id() + "\"");
    }

    @Override
    @ChildAccess(category = Category.MEDIA, action = Action.READ)
    public MediaContent thumbnail(ChildRef child, UUID mediaId) {
        MediaItem item = released(child, mediaId);
        if (!item.hasThumbnail()) {
            throw new NotFoundException("The thumbnail");
        }
        return stream(null, "thumbs/" + item.id(), "image/jpeg", null, null, "\"t-" + item.id() + "\"");
    }

    /** Streams {@code stored}, or else the object {@code key}. */
    private MediaContent stream(SealedStore.Content stored, String key, String contentType, String fileName,
                                String range, String etag) {
        SealedStore.Content opened = stored;
        try {
            if (opened == null) {
                opened = settings.store().open(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored object cannot be opened", e);
        }
        SealedStore.Content content = opened;
        long total = opened.length();
        long[] span = Ranges.resolve(range, total);
        boolean partial = span != null;
        long from = partial ? span[0] : 0;
        long to = partial ? span[1] : total - 1;
        return new MediaContent(contentType, fileName, total, from, to, partial, etag, out -> {
            if (to < from) {
                return;
            }
            try (InputStream in = content.range(from, to)) {
                in.transferTo(out);
            }
        });
    }

    private static MediaItem item(Object[] r) {
        UUID id = Sql.uuid(r[0]);
        UUID childId = Sql.uuid(r[14]);
        String tags = (String) r[6];
        return new MediaItem(id, (String) r[1], (String) r[2], Sql.number(r[3]), (String) r[4], (String) r[5],
                Tags.split(tags), Sql.uuid(r[7]), Sql.utc(r[8]), Sql.utc(r[9]), (String) r[10], Sql.integer(r[11]),
                Sql.integer(r[12]), Boolean.TRUE.equals(r[13]), "/api/children/" + childId + "/media/" + id);
    }

    /** A keyset cursor: the last item's time taken and id. */
    record Cursor(OffsetDateTime takenAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((Sql.literal(takenAt) + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8)
                        .split("\\|", 2);
                return new Cursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor this list gave");
            }
        }
    }
}
