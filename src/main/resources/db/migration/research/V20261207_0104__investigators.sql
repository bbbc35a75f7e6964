-- Principal investigators (负责人) of a project: the party organisation, the name sealed (AES-GCM, ADR 0012) with its
-- masked form, the only one shown, and the title (职称). Kept with the project, in the order named.
create table research_project_investigators (
    project_id      bigint       not null references research_projects (id) on delete cascade,
    position        int          not null,
    organisation_id bigint       not null,
    name_sealed     varchar(500) not null,
    name_masked     varchar(50)  not null,
    title           varchar(50),
    primary key (project_id, position)
);
