-- Forgot password (issue 14): a single-use link sent by e-mail, valid for a short while. Only the token's SHA-256 is
-- kept; the link itself lives in the owner's mailbox alone.
create table password_recoveries (
    id           bigserial    primary key,
    account_id   bigint       not null references accounts (id) on delete cascade,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    used_at      timestamptz
);
create index password_recoveries_account on password_recoveries (account_id);
