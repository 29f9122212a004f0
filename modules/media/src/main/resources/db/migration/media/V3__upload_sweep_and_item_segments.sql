-- Uploads abandoned without a DELETE are swept when nothing arrived for a while (ADR 0024): each part moves touched_at.
alter table upload add column touched_at timestamptz;
update upload set touched_at = created_at;
alter table upload alter column touched_at set not null;
create index upload_touched on upload (touched_at);

-- A video's content as the pieces it is stored in (ADR 0024): the parts of its upload as they arrived (sealed once,
-- never copied), and the movie box rewritten without its user data. Read in order of position; an item without
-- segments is stored whole under items/<id>.
create table item_segment (
    item_id     uuid   not null references item (id) on delete cascade,
    position    integer not null,
    object_key  text   not null,
    object_from bigint not null check (object_from >= 0),
    length      bigint not null check (length > 0),
    primary key (item_id, position)
);
