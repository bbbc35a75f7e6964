-- Uploaded files (charters, meeting documents, spreadsheets): the bytes live under the data directory,
-- this row says what they are and who brought them.
create table stored_files (
    id            uuid         primary key,
    original_name varchar(255) not null,
    kind          varchar(16)  not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    relative_path varchar(300) not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(100) not null
);
