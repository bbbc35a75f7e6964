-- A certificate earned through a training enrolment counts in that enrolment's body.
alter table certificates add column enrolment_id bigint references training_enrolments (id);
alter table certificates add column body_id bigint;
create index certificates_body on certificates (body_id, issued_on);

-- The training dashboard's read model, moved by exact differences (ADR 0038). side BODY with organisation 0 holds the
-- body's total; ENTERPRISE / PROVIDER (and ISSUER / HOLDER for certificates) a party's share.
create table training_figures (
    body_id         bigint      not null,
    month           date        not null,
    side            varchar(10) not null,
    organisation_id bigint      not null,
    kind            varchar(30) not null,
    persons         bigint      not null default 0,
    hours           bigint      not null default 0,
    primary key (body_id, side, organisation_id, month, kind)
);
create index training_figures_organisation on training_figures (organisation_id, side);

create table certificate_figures (
    body_id         bigint      not null,
    month           date        not null,
    side            varchar(10) not null,
    organisation_id bigint      not null,
    kind            varchar(30) not null,
    level           varchar(20) not null,
    certificates    bigint      not null default 0,
    primary key (body_id, side, organisation_id, month, kind, level)
);
create index certificate_figures_organisation on certificate_figures (organisation_id, side);
