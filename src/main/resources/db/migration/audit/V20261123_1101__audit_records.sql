create table audit_records (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz   not null,
    actor       varchar(64),
    origin      varchar(64),
    action      varchar(64)   not null,
    subject     varchar(200),
    result      varchar(16)   not null,
    detail      varchar(1000)
);
create index audit_records_occurred on audit_records (occurred_at desc);

-- Append-only: the database itself refuses to change or remove a record.
create function audit_records_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only';
end;
$$;
create trigger audit_records_no_update_or_delete
    before update or delete on audit_records
    for each row execute function audit_records_are_append_only();
create trigger audit_records_no_truncate
    before truncate on audit_records
    for each statement execute function audit_records_are_append_only();
