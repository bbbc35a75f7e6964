-- Roster imports write 100,000 memberships and as many history events in one transaction (ADR 0008).
-- The foreign key from each event to its membership cost PostgreSQL a trigger, an index probe and a row lock per
-- event (1.4 s per 100,000). History rows are written only by this module, next to the membership they describe,
-- and a membership is deleted only by a merge, which first moves its history to the survivor; so the key goes.
alter table membership_events drop constraint membership_events_membership_id_fkey;
-- (body_id, organisation_id) already leads with body_id; status is filtered among one body's rows.
drop index memberships_body_status;
