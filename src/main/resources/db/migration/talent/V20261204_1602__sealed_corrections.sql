-- Correction requests may quote ID and mobile numbers: new messages are sealed like the numbers themselves.
alter table correction_requests alter column message type text;
alter table correction_requests add column sealed boolean not null default false;
