-- Report templates, versioned by key: a change is a new version, never an edit, so that every report can be read
-- with the fields it was written against. Fields are a JSON document read and written whole: a list of
-- {key, label, labelEn, type, required, unit, options: [{value, label, labelEn}], min, max}.
create table report_template (
    id            uuid primary key,
    template_key  text        not null,
    version       integer     not null check (version >= 1),
    title         text        not null,
    title_en      text        not null,
    active        boolean     not null default true,
    fields        jsonb       not null,
    created_by    uuid        not null,   -- the nil uuid for the templates that ship with Sammen
    created_at    timestamptz not null,
    unique (template_key, version)
);

-- A report about one day of a child's life. The row holds the current version's values (for lists); every version,
-- the first included, is a row of report_version that is never changed.
create table report (
    id               uuid primary key,
    child_id         uuid        not null references child (id),
    template_id      uuid        not null references report_template (id),
    template_key     text        not null,
    template_version integer     not null,
    occurred_on      date        not null,
    audience         text        not null check (audience in ('team', 'team-and-family')),
    current_version  integer     not null check (current_version >= 1),
    current_values   jsonb       not null,
    author_id        uuid        not null,
    author_name      text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    lock_version     bigint      not null default 0
);
-- Newest first, paged by (occurred_on, id); the family's lists add the audience.
create index report_child_newest on report (child_id, occurred_on desc, id desc);
create index report_child_template_newest on report (child_id, template_key, occurred_on desc, id desc);

create table report_version (
    id            uuid primary key,
    report_id     uuid        not null references report (id),
    version       integer     not null check (version >= 1),
    field_values  jsonb       not null,
    note          text,
    author_id     uuid        not null,
    author_name   text        not null,
    recorded_at   timestamptz not null,
    unique (report_id, version)
);

-- The templates Sammen ships with (labels in bokmål and English). Durations are whole minutes.
insert into report_template (id, template_key, version, title, title_en, active, fields, created_by, created_at)
values (gen_random_uuid(), 'daily-report', 1, 'Dagsrapport', 'Daily report', true, '[
  {"key": "pain", "label": "Smerte (0–10)", "labelEn": "Pain (0–10)", "type": "scale", "required": true},
  {"key": "mood", "label": "Humør", "labelEn": "Mood", "type": "single-choice", "required": true, "options": [
    {"value": "happy", "label": "Glad", "labelEn": "Happy"},
    {"value": "calm", "label": "Rolig", "labelEn": "Calm"},
    {"value": "tired", "label": "Sliten", "labelEn": "Tired"},
    {"value": "irritable", "label": "Irritabel", "labelEn": "Irritable"},
    {"value": "sad", "label": "Lei seg", "labelEn": "Sad"},
    {"value": "anxious", "label": "Urolig", "labelEn": "Anxious"}]},
  {"key": "sleepHours", "label": "Søvn i natt", "labelEn": "Sleep last night", "type": "number", "required": false,
   "unit": "h", "min": 0, "max": 24},
  {"key": "sleepQuality", "label": "Søvnkvalitet", "labelEn": "Sleep quality", "type": "single-choice",
   "required": false, "options": [
    {"value": "good", "label": "God", "labelEn": "Good"},
    {"value": "fair", "label": "Middels", "labelEn": "Fair"},
    {"value": "poor", "label": "Dårlig", "labelEn": "Poor"}]},
  {"key": "nightWakings", "label": "Oppvåkninger i natt", "labelEn": "Night wakings", "type": "number",
   "required": false, "min": 0, "max": 50},
  {"key": "nutrition", "label": "Ernæring", "labelEn": "Nutrition", "type": "single-choice", "required": false,
   "options": [
    {"value": "ate-well", "label": "Spiste godt", "labelEn": "Ate well"},
    {"value": "ate-some", "label": "Spiste litt", "labelEn": "Ate some"},
    {"value": "ate-little", "label": "Spiste nesten ingenting", "labelEn": "Ate almost nothing"},
    {"value": "tube-only", "label": "Bare sondeernæring", "labelEn": "Tube feeding only"}]},
  {"key": "fluids", "label": "Væske", "labelEn": "Fluids", "type": "number", "required": false, "unit": "ml",
   "min": 0, "max": 5000},
  {"key": "bowel", "label": "Avføring", "labelEn": "Bowel movements", "type": "single-choice", "required": false,
   "options": [
    {"value": "normal", "label": "Normal", "labelEn": "Normal"},
    {"value": "constipated", "label": "Forstoppet", "labelEn": "Constipated"},
    {"value": "loose", "label": "Løs", "labelEn": "Loose"},
    {"value": "none", "label": "Ingen avføring", "labelEn": "None"}]},
  {"key": "seizures", "label": "Anfall i dag", "labelEn": "Seizures today", "type": "yes-no", "required": false},
  {"key": "seizureCount", "label": "Antall anfall", "labelEn": "Number of seizures", "type": "number",
   "required": false, "min": 0, "max": 200},
  {"key": "longestSeizure", "label": "Lengste anfall (minutter)", "labelEn": "Longest seizure (minutes)",
   "type": "duration", "required": false, "min": 0, "max": 240},
  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text", "required": false}
]', '00000000-0000-0000-0000-000000000000', now());

insert into report_template (id, template_key, version, title, title_en, active, fields, created_by, created_at)
values (gen_random_uuid(), 'physiotherapy-session', 1, 'Fysioterapitime', 'Physiotherapy session', true, '[
  {"key": "duration", "label": "Varighet (minutter)", "labelEn": "Duration (minutes)", "type": "duration",
   "required": true, "min": 0, "max": 480},
  {"key": "activities", "label": "Innhold", "labelEn": "Activities", "type": "multiple-choice", "required": false,
   "options": [
    {"value": "stretching", "label": "Tøying", "labelEn": "Stretching"},
    {"value": "breathing", "label": "Pusteøvelser", "labelEn": "Breathing exercises"},
    {"value": "positioning", "label": "Leiring", "labelEn": "Positioning"},
    {"value": "standing", "label": "Ståtrening", "labelEn": "Standing practice"},
    {"value": "transfers", "label": "Forflytning", "labelEn": "Transfers"},
    {"value": "water", "label": "Bassengtrening", "labelEn": "Water therapy"},
    {"value": "equipment", "label": "Hjelpemidler", "labelEn": "Equipment"}]},
  {"key": "painBefore", "label": "Smerte før (0–10)", "labelEn": "Pain before (0–10)", "type": "scale",
   "required": false},
  {"key": "painAfter", "label": "Smerte etter (0–10)", "labelEn": "Pain after (0–10)", "type": "scale",
   "required": false},
  {"key": "tolerance", "label": "Hvordan det gikk", "labelEn": "How it was tolerated", "type": "single-choice",
   "required": false, "options": [
    {"value": "good", "label": "Godt", "labelEn": "Well"},
    {"value": "fair", "label": "Middels", "labelEn": "Fairly"},
    {"value": "poor", "label": "Dårlig", "labelEn": "Poorly"}]},
  {"key": "equipmentChecked", "label": "Hjelpemidler kontrollert", "labelEn": "Equipment checked",
   "type": "yes-no", "required": false},
  {"key": "homeProgramme", "label": "Hjemmeprogram", "labelEn": "Home programme", "type": "text",
   "required": false},
  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text", "required": false}
]', '00000000-0000-0000-0000-000000000000', now());

insert into report_template (id, template_key, version, title, title_en, active, fields, created_by, created_at)
values (gen_random_uuid(), 'occupational-therapy-session', 1, 'Ergoterapitime', 'Occupational therapy session',
        true, '[
  {"key": "duration", "label": "Varighet (minutter)", "labelEn": "Duration (minutes)", "type": "duration",
   "required": true, "min": 0, "max": 480},
  {"key": "focus", "label": "Tema", "labelEn": "Focus", "type": "multiple-choice", "required": false, "options": [
    {"value": "daily-living", "label": "Daglige gjøremål", "labelEn": "Daily living"},
    {"value": "seating", "label": "Sittestilling", "labelEn": "Seating"},
    {"value": "communication", "label": "Kommunikasjonshjelpemidler", "labelEn": "Communication aids"},
    {"value": "hand-function", "label": "Håndfunksjon", "labelEn": "Hand function"},
    {"value": "home-adaptation", "label": "Tilrettelegging i hjemmet", "labelEn": "Home adaptation"},
    {"value": "play", "label": "Lek og aktivitet", "labelEn": "Play and activity"}]},
  {"key": "participation", "label": "Deltakelse (0–10)", "labelEn": "Participation (0–10)", "type": "scale",
   "required": false},
  {"key": "equipmentNeeds", "label": "Behov for hjelpemidler", "labelEn": "Equipment needs", "type": "text",
   "required": false},
  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text", "required": false}
]', '00000000-0000-0000-0000-000000000000', now());

insert into report_template (id, template_key, version, title, title_en, active, fields, created_by, created_at)
values (gen_random_uuid(), 'school-day', 1, 'Skoledag', 'School day', true, '[
  {"key": "attendance", "label": "Oppmøte", "labelEn": "Attendance", "type": "single-choice", "required": true,
   "options": [
    {"value": "full-day", "label": "Hele dagen", "labelEn": "Full day"},
    {"value": "part-day", "label": "Deler av dagen", "labelEn": "Part of the day"},
    {"value": "absent", "label": "Borte", "labelEn": "Absent"}]},
  {"key": "arrivedAt", "label": "Kom", "labelEn": "Arrived", "type": "time", "required": false},
  {"key": "leftAt", "label": "Gikk", "labelEn": "Left", "type": "time", "required": false},
  {"key": "rest", "label": "Hvile (minutter)", "labelEn": "Rest (minutes)", "type": "duration", "required": false,
   "min": 0, "max": 600},
  {"key": "energy", "label": "Overskudd (0–10)", "labelEn": "Energy (0–10)", "type": "scale", "required": false},
  {"key": "mood", "label": "Humør", "labelEn": "Mood", "type": "single-choice", "required": false, "options": [
    {"value": "happy", "label": "Glad", "labelEn": "Happy"},
    {"value": "calm", "label": "Rolig", "labelEn": "Calm"},
    {"value": "tired", "label": "Sliten", "labelEn": "Tired"},
    {"value": "irritable", "label": "Irritabel", "labelEn": "Irritable"},
    {"value": "sad", "label": "Lei seg", "labelEn": "Sad"},
    {"value": "anxious", "label": "Urolig", "labelEn": "Anxious"}]},
  {"key": "ateLunch", "label": "Spiste lunsj", "labelEn": "Ate lunch", "type": "yes-no", "required": false},
  {"key": "activities", "label": "Aktiviteter", "labelEn": "Activities", "type": "text", "required": false},
  {"key": "notes", "label": "Beskjed hjem", "labelEn": "Message for home", "type": "text", "required": false}
]', '00000000-0000-0000-0000-000000000000', now());
