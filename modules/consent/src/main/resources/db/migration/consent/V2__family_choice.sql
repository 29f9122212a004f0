-- What the family chose to see itself: the data categories its guardians are shown (a family that wants little can
-- see less). Every choice is a version; the highest is in force from the next request. No row: every category.
create table family_choice (
    id            uuid primary key,
    child_id      uuid        not null,
    version       integer     not null,
    guardians_see text        not null,
    changed_by    uuid        not null,
    changed_at    timestamptz not null,
    unique (child_id, version)
);
