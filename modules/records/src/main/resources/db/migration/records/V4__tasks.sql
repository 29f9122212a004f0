-- Tasks: proposed to a member of the care team, who accepts (the task becomes active) or declines it with a comment;
-- an active task ends done, a proposed or active one may be cancelled. The assignee is a person id of the identity
-- schema (no cross-schema key); every transition is also a timeline event, whose author is who made it.
create table task (
    id              uuid primary key,
    child_id        uuid        not null references child (id),
    title           text        not null check (length(title) between 1 and 200),
    description     text        check (length(description) <= 10000),
    assignee_id     uuid        not null,
    due             date,
    audience        text        not null check (audience in ('team', 'team-and-family')),
    status          text        not null check (status in ('proposed', 'active', 'declined', 'done', 'cancelled')),
    created_by      uuid        not null,
    created_at      timestamptz not null,
    answer_comment  text        check (length(answer_comment) <= 2000),
    answered_at     timestamptz,
    closed_at       timestamptz,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    check (status <> 'declined' or answer_comment is not null)
);
create index task_child on task (child_id, created_at desc, id desc);
-- The handover's "tasks open for you": one child, one assignee, open statuses.
create index task_child_assignee on task (child_id, assignee_id, status);

-- The timeline filtered by category (GET /timeline?category=...): one ordered index range per category, merged, so
-- that a rare category does not scan years of daily reports.
create index timeline_event_child_category_time on timeline_event (child_id, category, occurred_at desc, id desc);

-- The handover (GET /handover) reads the events recorded since a person's last visit and needs only these columns to
-- count them per group and pick the newest few: with them in the index, a long window (a teacher who looks once a
-- term) is an index-only scan instead of thousands of heap reads. It serves every query the plain
-- (child_id, recorded_at) index of V1 served, so it replaces it.
create index timeline_event_child_recorded_groups on timeline_event (child_id, recorded_at)
    include (category, kind, flagged, audience, id);
drop index timeline_event_child_recorded;
