-- Daily reports can be confidential from the guardians too ('team-and-child', ADR 0026): written so by the child's
-- team at the adolescent's request, or narrowed to it later by the child. The family's lists add the audience.
alter table report drop constraint report_audience_check,
    add constraint report_audience_check check (audience in ('team', 'team-and-family', 'team-and-child'));
