-- Documents of an agreement (the signed scan, annexes), stored by core.files like charters.
create table agreement_documents (
    agreement_id bigint        not null references agreements (id) on delete cascade,
    position     int           not null,
    file_id      uuid          not null references stored_files (id),
    title        varchar(200)  not null,
    uploaded_at  timestamptz   not null,
    uploaded_by  varchar(100)  not null,
    primary key (agreement_id, position)
);
