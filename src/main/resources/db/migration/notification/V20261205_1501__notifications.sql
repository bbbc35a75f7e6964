-- Notifications (issue 14): one row per addressee. The text is a message key with its arguments, written in the
-- reader's language when shown or mailed. mail: NONE (no e-mail to send), DUE (to send on its own), DIGEST (in the
-- next daily digest), SENT, FAILED (gave up after several tries).
create table notifications (
    id            bigserial     primary key,
    account_id    bigint        not null references accounts (id) on delete cascade,
    text_key      varchar(100)  not null,
    args          text[]        not null default '{}',
    href          varchar(500),
    created_at    timestamptz   not null,
    read_at       timestamptz,
    mail          varchar(10)   not null,
    mail_attempts int           not null default 0,
    mailed_at     timestamptz
);
create index notifications_inbox on notifications (account_id, created_at desc);
create index notifications_unread on notifications (account_id) where read_at is null;
create index notifications_mail on notifications (mail, id) where mail in ('DUE', 'DIGEST');
