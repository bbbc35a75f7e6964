-- Sessions end when their account's epoch moves on: a password change, a disabled account (ADR 0015).
alter table accounts add column session_epoch int not null default 0;
