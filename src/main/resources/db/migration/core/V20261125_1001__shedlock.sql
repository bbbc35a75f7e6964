-- Locks of scheduled jobs (ShedLock), so that with several app nodes a job runs on one of them.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
