-- Profession scopes: per profession and category, the fields that may be read and written. Every change is a new
-- version (who, when); the highest version of a profession is in force from the next request. Rows are never
-- changed or deleted. The definition is a JSON object {category: {"read": [fields], "write": [fields]}}, "*" = all
-- fields of the category; a category not named is outside the scope.
create table scope_version (
    profession  text        not null,
    version     integer     not null,
    definition  text        not null,
    changed_by  uuid        not null,
    changed_at  timestamptz not null,
    primary key (profession, version)
);

-- Emergency access ("break the glass"): a team member's own authorisation for a limited time, with the reason.
create table emergency_access (
    id          uuid primary key,
    child_id    uuid        not null,
    person_id   uuid        not null,
    person_name text        not null,
    reason      text        not null,
    started_at  timestamptz not null,
    ends_at     timestamptz not null
);
create index emergency_access_child_person on emergency_access (child_id, person_id, ends_at);

-- The defaults Sammen ships (changed_by the nil UUID: the system). Identity fields: name, birth-date. Daily reports: the
-- report templates' field keys.
insert into scope_version (profession, version, definition, changed_by, changed_at) values
('LE', 1, '{"identity":{"read":["*"],"write":["*"]},"contacts":{"read":["*"],"write":["*"]},"diagnoses":{"read":["*"],"write":["*"]},"medications":{"read":["*"],"write":["*"]},"daily-reports":{"read":["*"],"write":["*"]},"observations":{"read":["*"],"write":["*"]},"care-plan":{"read":["*"],"write":["*"]},"media":{"read":["*"],"write":["*"]},"know-me":{"read":["*"],"write":["*"]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('SP', 1, '{"identity":{"read":["*"],"write":["*"]},"contacts":{"read":["*"],"write":["*"]},"diagnoses":{"read":["*"],"write":[]},"medications":{"read":["*"],"write":["*"]},"daily-reports":{"read":["*"],"write":["*"]},"observations":{"read":["*"],"write":["*"]},"care-plan":{"read":["*"],"write":["*"]},"media":{"read":["*"],"write":["*"]},"know-me":{"read":["*"],"write":["*"]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('FT', 1, '{"identity":{"read":["name","birth-date"],"write":[]},"contacts":{"read":["*"],"write":[]},"diagnoses":{"read":["*"],"write":[]},"medications":{"read":["*"],"write":[]},"daily-reports":{"read":["*"],"write":["*"]},"observations":{"read":["*"],"write":["*"]},"care-plan":{"read":["*"],"write":[]},"media":{"read":["*"],"write":["*"]},"know-me":{"read":["*"],"write":[]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('ET', 1, '{"identity":{"read":["name","birth-date"],"write":[]},"contacts":{"read":["*"],"write":[]},"diagnoses":{"read":["*"],"write":[]},"medications":{"read":["*"],"write":[]},"daily-reports":{"read":["*"],"write":["*"]},"observations":{"read":["*"],"write":["*"]},"care-plan":{"read":["*"],"write":[]},"media":{"read":["*"],"write":["*"]},"know-me":{"read":["*"],"write":["*"]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('teacher', 1, '{"identity":{"read":["name","birth-date"],"write":[]},"contacts":{"read":["*"],"write":[]},"daily-reports":{"read":["mood","notes","attendance","rest","energy","activities"],"write":["attendance","rest","energy","mood","activities","notes"]},"know-me":{"read":["*"],"write":[]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('personal-assistant', 1, '{"identity":{"read":["name","birth-date"],"write":[]},"contacts":{"read":["*"],"write":[]},"medications":{"read":["*"],"write":[]},"daily-reports":{"read":["*"],"write":["*"]},"observations":{"read":["*"],"write":["*"]},"media":{"read":["*"],"write":["*"]},"know-me":{"read":["*"],"write":["*"]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('social-worker', 1, '{"identity":{"read":["name","birth-date"],"write":[]},"contacts":{"read":["*"],"write":[]},"diagnoses":{"read":["*"],"write":[]},"care-plan":{"read":["*"],"write":[]},"chat":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now()),
('coordinator', 1, '{"identity":{"read":["*"],"write":["*"]},"contacts":{"read":["*"],"write":["*"]},"diagnoses":{"read":["*"],"write":["*"]},"medications":{"read":["*"],"write":["*"]},"tasks":{"read":["*"],"write":["*"]}}', '00000000-0000-0000-0000-000000000000', now());
