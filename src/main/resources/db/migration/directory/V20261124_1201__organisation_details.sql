alter table organisations add column industry_section  varchar(1);
alter table organisations add column industry_division varchar(2);
alter table organisations add column contact           varchar(200);
alter table organisations alter column website type varchar(300);

-- An organisation merged into another as a duplicate: the merged row is deleted, this row keeps
-- its id and name so that old links and audit records still lead somewhere.
create table organisation_merges (
    merged_id   bigint       primary key,
    merged_name varchar(200) not null,
    survivor_id bigint       not null references organisations (id),
    merged_at   timestamptz  not null,
    merged_by   varchar(100) not null
);
create index organisation_merges_survivor on organisation_merges (survivor_id);
