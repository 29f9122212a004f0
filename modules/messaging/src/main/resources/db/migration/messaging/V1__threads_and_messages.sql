-- The messaging module's schema (ADR 0020): a child's threads, who takes part, the messages with their earlier
-- versions, mentions and references, read receipts, in-app notifications and single-use live-feed tickets.

-- A thread. last_event_seq is the thread's event counter: every post, edit or delete takes the next value with an
-- update of this row, whose row lock serialises a thread's writers until they commit, so the numbers are gap-free
-- and become visible in order. last_seq numbers the messages (their position, never changed).
create table thread (
    id             uuid primary key,
    child_id       uuid not null,
    kind           text not null check (kind in ('team', 'group', 'family', 'confidential')),
    title          text not null,
    -- team thread only: whether the guardians take part (the family's choice; ADR 0020)
    include_family boolean not null default false,
    created_by     uuid not null,
    created_at     timestamptz not null,
    last_seq       bigint not null default 0,
    last_event_seq bigint not null default 0
);
create index thread_child on thread (child_id);
-- One team thread and one family thread per child.
create unique index thread_one_team_per_child on thread (child_id) where kind = 'team';
create unique index thread_one_family_per_child on thread (child_id) where kind = 'family';

-- The people in a thread: chosen at opening for group and confidential threads (they alone see it); for the team
-- and family threads, whoever took part (posted, read) so far, with their read position.
create table participant (
    thread_id     uuid not null references thread (id),
    person_id     uuid not null,
    display_name  text not null,
    role          text not null,
    chosen        boolean not null,
    last_read_seq bigint not null default 0,
    read_at       timestamptz,
    primary key (thread_id, person_id)
);
create index participant_person on participant (person_id);

create table message (
    id          uuid primary key,
    thread_id   uuid not null references thread (id),
    seq         bigint not null,
    event_seq   bigint not null,
    author_id   uuid not null,
    author_name text not null,
    body        text not null check (length(body) <= 64000),
    sent_at     timestamptz not null,
    edited_at   timestamptz,
    deleted_at  timestamptz,
    client_key  uuid,
    unique (thread_id, seq),
    unique (thread_id, event_seq)
);
-- Idempotent posting: one message per author and client key in a thread.
create unique index message_client_key on message (thread_id, author_id, client_key) where client_key is not null;

-- Earlier bodies of an edited message, kept for the audit (the message row holds the latest; a deleted message
-- keeps its last body in the row, shown to nobody).
create table message_version (
    message_id  uuid not null references message (id),
    version     int not null,
    body        text not null,
    written_at  timestamptz not null,
    primary key (message_id, version)
);

create table mention (
    message_id uuid not null references message (id),
    person_id  uuid not null,
    primary key (message_id, person_id)
);
create index mention_person on mention (person_id);

-- What a message refers to, with the target's audience as it was when posted (who may see the reference).
create table reference (
    message_id uuid not null references message (id),
    position   int not null,
    kind       text not null check (kind in ('report', 'care-plan-version', 'media')),
    target_id  text not null,
    label      text not null,
    audience   text not null,
    primary key (message_id, position)
);

create table notification (
    id          uuid primary key,
    person_id   uuid not null,
    kind        text not null check (kind in ('message', 'mention')),
    child_id    uuid not null,
    thread_id   uuid not null references thread (id),
    message_id  uuid not null references message (id),
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_person on notification (person_id, created_at desc);

-- Single-use tickets for the live feed (30 s), for API clients holding a bearer token. Only the hash is kept.
create table live_ticket (
    ticket_hash text primary key,
    thread_id   uuid not null,
    person_id   uuid not null,
    caller      text not null,
    expires_at  timestamptz not null
);

-- Where a person wants the content-free e-mail notice ("you have a new message in Sammen"), if anywhere.
create table notice_address (
    person_id uuid primary key,
    address   text not null
);
