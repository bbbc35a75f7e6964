-- Units register themselves (issue 14): what they typed, the business-licence scan, the contact person (mobile sealed,
-- ADR 0012) and the first admin's account, disabled until a platform admin or the chosen body's secretariat verifies.
create table registrations (
    id                    bigserial     primary key,
    organisation_name     varchar(200)  not null,
    organisation_type     varchar(40)   not null,
    school_level          varchar(20),
    credit_code           varchar(18)   not null,
    region_code           varchar(6)    not null,
    industry              varchar(10),
    body_id               bigint,
    licence_file_id       uuid          not null references stored_files (id),
    contact_name          varchar(50)   not null,
    contact_mobile        varchar(500)  not null,
    contact_mobile_masked varchar(20)   not null,
    contact_email         varchar(254),
    account_id            bigint        not null references accounts (id),
    status                varchar(10)   not null,
    reason                varchar(500),
    organisation_id       bigint,
    created_at            timestamptz   not null,
    decided_at            timestamptz,
    decided_by            varchar(100),
    version               bigint        not null default 0
);
create index registrations_pending on registrations (status, body_id);
create unique index registrations_one_pending_per_code on registrations (credit_code) where status = 'PENDING';
