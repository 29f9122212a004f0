package no.sammen.media.control;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.platform.Category;
import no.sammen.platform.NotFoundException;
import no.sammen.platform.TooLargeException;
import no.sammen.records.Audience;
import no.sammen.records.TimelineEntry;

/**
 * The upload and item rows, each change in a short transaction of its own: the bytes of an upload are streamed to
 * storage outside any transaction (a phone on a slow line may take minutes), and only then is the new offset
 * committed, on the condition that nobody else moved it meanwhile.
 */
@ApplicationScoped
@Transactional
public class UploadRows {

    @PersistenceContext(unitName = "media")
    EntityManager em;

    @Inject
    Event<TimelineEntry> timeline;

    /** One upload's row. */
    record Upload(UUID id, UUID childId, UUID createdBy, long declaredLength, long received, String fileName,
                  String description, String audience, List<String> tags, OffsetDateTime takenAt) {
    }

    /** One part of an upload on storage. */
    record Part(long start, long length, String key) {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Inserts an upload if the child's stored media, its open uploads and this one fit the quota; one child's
     * uploads start one at a time (an advisory lock on the child) so two cannot both take the last space.
     */
    public void insert(Upload u, long quota) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 7))")
                .setParameter(1, u.childId().toString()).getSingleResult();
        long used = Sql.number(em.createNativeQuery("""
                        select coalesce((select sum(byte_size) from media.item where child_id = ?1), 0)
                             + coalesce((select sum(declared_length) from media.upload where child_id = ?1), 0)
                        """).setParameter(1, u.childId()).getSingleResult());
        if (used + u.declaredLength() > quota) {
            throw new TooLargeException("sammen.media.child-quota-bytes", "the child's media would take "
                    + (used + u.declaredLength()) + " bytes, more than the quota of " + quota + " bytes "
                    + "(sammen.media.child-quota-bytes); " + Math.max(0, quota - used) + " bytes are left");
        }
        em.createNativeQuery("""
                        insert into media.upload (id, child_id, created_by, declared_length, received, file_name,
                                                  description, audience, tags, taken_at, created_at, touched_at)
                        values (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, cast(?9 as timestamptz), cast(?10 as timestamptz),
                                cast(?10 as timestamptz))
                        """)
                .setParameter(1, u.id()).setParameter(2, u.childId()).setParameter(3, u.createdBy())
                .setParameter(4, u.declaredLength()).setParameter(5, u.fileName())
                .setParameter(6, u.description()).setParameter(7, u.audience()).setParameter(8, Tags.join(u.tags()))
                .setParameter(9, u.takenAt() == null ? null : Sql.literal(u.takenAt()))
                .setParameter(10, Sql.literal(now()))
                .executeUpdate();
    }

    /** The caller's upload of this child; to anyone else it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Upload find(UUID childId, UUID uploadId, UUID personId) {
        List<?> rows = em.createNativeQuery("""
                        select id, child_id, created_by, declared_length, received, file_name, description, audience,
                               tags, taken_at
                          from media.upload where id = ?1 and child_id = ?2 and created_by = ?3
                        """)
                .setParameter(1, uploadId).setParameter(2, childId).setParameter(3, personId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("The upload");
        }
        Object[] r = (Object[]) rows.get(0);
        return new Upload(Sql.uuid(r[0]), Sql.uuid(r[1]), Sql.uuid(r[2]), Sql.number(r[3]), Sql.number(r[4]),
                (String) r[5], (String) r[6], (String) r[7], Tags.split((String) r[8]), Sql.utc(r[9]));
    }

    /** Records a part of {@code length} bytes at {@code offset}, stored under {@code key}; false if the offset moved. */
    public boolean advance(UUID uploadId, long offset, long length, String key) {
        int moved = em.createNativeQuery(
                        "update media.upload set received = received + ?3, touched_at = now()"
                                + " where id = ?1 and received = ?2")
                .setParameter(1, uploadId).setParameter(2, offset).setParameter(3, length).executeUpdate();
        if (moved == 0) {
            return false;
        }
        em.createNativeQuery("""
                        insert into media.upload_part (upload_id, start_offset, length, object_key)
                        values (?1, ?2, ?3, ?4)
                        """)
                .setParameter(1, uploadId).setParameter(2, offset).setParameter(3, length).setParameter(4, key)
                .executeUpdate();
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Part> parts(UUID uploadId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select start_offset, length, object_key from media.upload_part where upload_id = ?1"
                                + " order by start_offset")
                .setParameter(1, uploadId).getResultList();
        return rows.stream().map(r -> new Part(Sql.number(r[0]), Sql.number(r[1]), (String) r[2])).toList();
    }

    /** The segments an item is stored in, in order; empty for an item stored whole. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SealedStore.Segment> segments(UUID itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select object_key, object_from, length from media.item_segment where item_id = ?1"
                                + " order by position")
                .setParameter(1, itemId).getResultList();
        return rows.stream().map(r -> new SealedStore.Segment((String) r[0], Sql.number(r[1]), Sql.number(r[2])))
                .toList();
    }

    public void delete(UUID uploadId) {
        em.createNativeQuery("delete from media.upload where id = ?1").setParameter(1, uploadId).executeUpdate();
    }

    /**
     * The new item, in the transaction that removes its upload and puts it on the child's timeline; a video kept as
     * segments (its upload's parts and its rewritten movie box) lists them, in order.
     */
    public void createItem(Upload u, UUID itemId, Format format, long size, Integer width, Integer height,
                           boolean thumbnail, List<SealedStore.Segment> segments) {
        OffsetDateTime now = now();
        OffsetDateTime takenAt = u.takenAt() != null ? u.takenAt() : now;
        em.createNativeQuery("""
                        insert into media.item (id, child_id, kind, content_type, byte_size, file_name, description,
                                                audience, taken_by, taken_at, uploaded_by, uploaded_at, width, height,
                                                has_thumbnail)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as timestamptz), ?9,
                                cast(?11 as timestamptz), ?12, ?13, ?14)
                        """)
                .setParameter(1, itemId).setParameter(2, u.childId()).setParameter(3, format.kind())
                .setParameter(4, format.contentType()).setParameter(5, size).setParameter(6, u.fileName())
                .setParameter(7, u.description()).setParameter(8, u.audience()).setParameter(9, u.createdBy())
                .setParameter(10, Sql.literal(takenAt)).setParameter(11, Sql.literal(now))
                .setParameter(12, width).setParameter(13, height).setParameter(14, thumbnail)
                .executeUpdate();
        replaceTags(itemId, u.tags());
        for (int i = 0; i < segments.size(); i++) {
            SealedStore.Segment s = segments.get(i);
            em.createNativeQuery("""
                            insert into media.item_segment (item_id, position, object_key, object_from, length)
                            values (?1, ?2, ?3, ?4, ?5)
                            """)
                    .setParameter(1, itemId).setParameter(2, i).setParameter(3, s.key()).setParameter(4, s.from())
                    .setParameter(5, s.length()).executeUpdate();
        }
        delete(u.id());
        String what = format.photo() ? "Photo" : "Video";
        String summary = u.description().isBlank() ? what + " added" : what + ": " + u.description();
        timeline.fire(new TimelineEntry(u.childId(), takenAt, Category.MEDIA, "media-added", itemId,
                Audience.fromApiName(u.audience(), "audience"), u.createdBy(), summary));
    }

    void replaceTags(UUID itemId, List<String> tags) {
        em.createNativeQuery("delete from media.item_tag where item_id = ?1").setParameter(1, itemId).executeUpdate();
        for (String tag : tags) {
            em.createNativeQuery("insert into media.item_tag (item_id, tag) values (?1, ?2)")
                    .setParameter(1, itemId).setParameter(2, tag).executeUpdate();
        }
    }
}
