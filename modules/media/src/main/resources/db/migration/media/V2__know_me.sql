-- The child's "Know me" page (ADR 0023): every version kept whole, with who wrote it and what it changed. The newest
-- version is the page; a version is never changed. The primary key is the optimistic lock: a writer inserts
-- (child, basedOnVersion + 1) only if basedOnVersion is the newest, and of two racing writers one inserts nothing.

create table know_me_version (
    child_id        uuid        not null,
    version         integer     not null check (version >= 1),
    -- [{"title": ..., "text": ..., "media": ["<item id>", ...]}, ...]
    sections        text        not null,
    -- [{"kind": "added" | "changed" | "removed" | "reordered", "title": ...}, ...]
    changes         text        not null,
    changed_by      uuid        not null,
    changed_by_name text        not null,
    changed_at      timestamptz not null,
    primary key (child_id, version)
);
