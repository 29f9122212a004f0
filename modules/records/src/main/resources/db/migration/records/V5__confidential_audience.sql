-- An adolescent's confidential entries: audience 'team-and-child' is seen by the care team and the child, never by
-- the guardians (from sammen.consent.confidential-age, 12 by default; ADR 0014).
alter table timeline_event drop constraint timeline_event_audience_check,
    add constraint timeline_event_audience_check check (audience in ('team', 'team-and-family', 'team-and-child'));
alter table observation drop constraint observation_audience_check,
    add constraint observation_audience_check check (audience in ('team', 'team-and-family', 'team-and-child'));
