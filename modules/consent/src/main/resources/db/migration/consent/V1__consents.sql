-- The family's consents. A consent's current state is its head row; every state it ever had (granted, narrowed,
-- approved, revoked) is a row of consent_version, never changed or deleted.
create table consent (
    id              uuid primary key,
    child_id        uuid        not null,
    recipient_kind  text        not null check (recipient_kind in ('person', 'profession', 'organisation')),
    recipient       text        not null,
    recipient_label text        not null,
    categories      text        not null,
    purpose         text        not null,
    valid_from      date        not null,
    valid_to        date,
    status          text        not null check (status in ('pending', 'active', 'revoked')),
    version         integer     not null,
    granted_by      uuid        not null,
    created_at      timestamptz not null,
    changed_by      uuid        not null,
    changed_at      timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);
-- The access rule reads a child's active consents on every request.
create index consent_child_status on consent (child_id, status);

create table consent_version (
    id              uuid primary key,
    consent_id      uuid        not null references consent (id),
    version         integer     not null,
    status          text        not null,
    categories      text        not null,
    purpose         text        not null,
    valid_from      date        not null,
    valid_to        date,
    changed_by      uuid        not null,
    changed_by_name text        not null,
    changed_at      timestamptz not null,
    unique (consent_id, version)
);
