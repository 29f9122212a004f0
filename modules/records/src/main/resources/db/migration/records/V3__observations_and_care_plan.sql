-- Observations: one value of one kind (pain score, SpO2, ...) at one time. The unit and the out-of-range judgement
-- are kept as they were when the value was recorded, so a later change of a kind's reference range does not rewrite
-- history.
create table observation (
    id           uuid primary key,
    child_id     uuid          not null references child (id),
    kind         text          not null,
    value        numeric       not null,
    unit         text          not null,
    observed_at  timestamptz   not null,
    out_of_range boolean       not null,
    audience     text          not null check (audience in ('team', 'team-and-family')),
    note         text,
    author_id    uuid          not null,
    author_name  text          not null,
    recorded_at  timestamptz   not null
);
create index observation_child_kind_time on observation (child_id, kind, observed_at desc, id desc);
create index observation_child_time on observation (child_id, observed_at desc, id desc);

-- Every version of a child's advance care plan; a version is never changed.
create table care_plan_version (
    id           uuid primary key,
    child_id     uuid        not null references child (id),
    number       integer     not null check (number > 0),
    sections     jsonb       not null,
    audience     text        not null check (audience in ('team', 'team-and-family')),
    change_note  text,
    author_id    uuid        not null,
    author_name  text        not null,
    created_at   timestamptz not null,
    unique (child_id, number)
);

-- A physician's sign-off of one version: at most one per version, added later and never removed.
create table care_plan_sign_off (
    version_id          uuid        primary key references care_plan_version (id),
    child_id            uuid        not null references child (id),
    signed_off_by       uuid        not null,
    signed_off_by_name  text        not null,
    signed_off_at       timestamptz not null
);
create index care_plan_sign_off_child on care_plan_sign_off (child_id);

-- The current version of each child's plan. Its optimistic-lock version serialises changes and sign-offs, so two
-- people writing at the same moment cannot both win. The pointer is written before the version it points to (the
-- lock is taken first), so its foreign key is checked at commit.
create table care_plan (
    child_id            uuid        primary key references child (id),
    current_version_id  uuid        not null references care_plan_version (id) deferrable initially deferred,
    current_number      integer     not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);
