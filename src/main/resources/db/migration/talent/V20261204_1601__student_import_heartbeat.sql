-- A running import's node refreshes its heartbeat; one silent for minutes was killed and its import is failed.
alter table student_imports add column heartbeat_at timestamptz not null default now();
