-- People who have signed in (or were registered by national id), and their login sessions.
-- The national identity number is never stored in clear text: a keyed hash for matching and an
-- AES-GCM encrypted copy for display where allowed (see docs/adr/0004-national-identity-numbers.md).
create table person (
    id                  uuid primary key,
    national_id_hash    bytea       not null unique,
    national_id_cipher  bytea       not null,
    national_id_key_id  text        not null,
    display_name        text        not null,
    birth_date          date,
    hpr_number          text,
    hpr_professions     text        not null default '',
    assigned_roles      text        not null default '',
    administrator       boolean     not null default false,
    created_at          timestamptz not null,
    last_login_at       timestamptz
);

-- A browser session that Sammen started after a successful login. The HTTP session only holds this id;
-- any instance can end it (logout, front-channel logout from the provider, timeouts).
create table login_session (
    id             uuid primary key,
    person_id      uuid        not null references person (id),
    provider       text        not null,
    sid            text,
    acr            text,
    started_at     timestamptz not null,
    last_seen_at   timestamptz not null,
    ended_at       timestamptz,
    end_reason     text
);

create index login_session_provider_sid on login_session (provider, sid) where ended_at is null;
create index login_session_person on login_session (person_id);
