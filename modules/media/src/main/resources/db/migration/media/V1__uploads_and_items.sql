-- The media module's schema: resumable uploads in progress, and the items they became. The bytes live on the
-- storage backend, encrypted (ADR 0017); these tables hold where they are and what people said about them.

create table upload (
    id              uuid primary key,
    child_id        uuid not null,
    created_by      uuid not null,
    declared_length bigint not null check (declared_length >= 0),
    received        bigint not null default 0 check (received >= 0 and received <= declared_length),
    file_name       text,
    description     text not null default '',
    audience        text not null check (audience in ('team', 'team-and-family')),
    tags            text not null default '',
    taken_at        timestamptz,
    created_at      timestamptz not null
);
create index upload_child on upload (child_id);

-- The parts of an upload as they arrived (one per PATCH), in order of their offset. Each PATCH writes its own
-- object (a key of its own), so a request that loses the race for an offset deletes only what it wrote.
create table upload_part (
    upload_id    uuid not null references upload (id) on delete cascade,
    start_offset bigint not null,
    length       bigint not null check (length > 0),
    object_key   text not null,
    primary key (upload_id, start_offset)
);

create table item (
    id            uuid primary key,
    child_id      uuid not null,
    kind          text not null check (kind in ('photo', 'video')),
    content_type  text not null,
    byte_size     bigint not null,
    file_name     text,
    description   text not null default '',
    audience      text not null check (audience in ('team', 'team-and-family')),
    taken_by      uuid not null,
    taken_at      timestamptz not null,
    uploaded_by   uuid not null,
    uploaded_at   timestamptz not null,
    width         integer,
    height        integer,
    has_thumbnail boolean not null,
    version       integer not null default 1
);
-- The gallery walks a child's items newest taken first, narrowed by audience.
create index item_child_taken on item (child_id, taken_at desc, id desc);

create table item_tag (
    item_id uuid not null references item (id) on delete cascade,
    tag     text not null,
    primary key (item_id, tag)
);
create index item_tag_tag on item_tag (tag, item_id);
