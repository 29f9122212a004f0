-- A child's record and who is around the child. Persons live in the identity schema; they are referred to by id only.
create table child (
    id              uuid primary key,
    person_id       uuid        not null unique,
    display_name    text        not null,
    birth_date      date        not null,
    contacts        jsonb       not null default '[]',
    diagnoses       jsonb       not null default '[]',
    medications     jsonb       not null default '[]',
    created_by      uuid        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);

-- Guardians and the child themself: the family side of the record.
create table family_member (
    child_id   uuid        not null references child (id),
    person_id  uuid        not null,
    relation   text        not null check (relation in ('guardian', 'child')),
    added_by   uuid        not null,
    added_at   timestamptz not null,
    primary key (child_id, person_id)
);
create index family_member_person on family_member (person_id);

-- Membership of the care team, for a period. Ending a membership sets valid_to; rows are never deleted.
create table care_team_member (
    id            uuid primary key,
    child_id      uuid        not null references child (id),
    person_id     uuid        not null,
    display_name  text        not null,
    profession    text        not null,
    organisation  text        not null,
    team_role     text        not null check (team_role in ('coordinator', 'member')),
    valid_from    date        not null,
    valid_to      date,
    added_by      uuid        not null,
    added_at      timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index care_team_member_person on care_team_member (person_id, child_id);
create index care_team_member_child on care_team_member (child_id);

-- Everything that happens in a child's record, in time order: the timeline, and the source of the handover.
-- Written in the same transaction as the entry it describes.
create table timeline_event (
    id          uuid primary key,
    child_id    uuid        not null references child (id),
    occurred_at timestamptz not null,
    recorded_at timestamptz not null,
    category    text        not null,
    kind        text        not null,
    entry_id    uuid        not null,
    audience    text        not null check (audience in ('team', 'team-and-family')),
    author_id   uuid        not null,
    summary     text        not null,
    flagged     boolean     not null default false
);
create index timeline_event_child_time on timeline_event (child_id, occurred_at desc, id desc);
create index timeline_event_child_recorded on timeline_event (child_id, recorded_at);

-- When a person last looked at a child's record: "what changed since my last visit".
create table last_seen (
    child_id   uuid        not null references child (id),
    person_id  uuid        not null,
    seen_at    timestamptz not null,
    primary key (child_id, person_id)
);
