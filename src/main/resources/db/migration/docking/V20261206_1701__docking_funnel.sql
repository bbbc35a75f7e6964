-- The docking funnel (issue 16): when the platform first found a match for a need (and when it last looked), and when
-- the agreement drafted from a docking was signed and came into force, as the agreement module reported it.
alter table demands add column matched_at timestamp with time zone;
alter table demands add column match_checked_at timestamp with time zone;
create index demands_unmatched on demands (match_checked_at nulls first) where matched_at is null;
alter table dockings add column agreement_signed_at timestamp with time zone;
alter table dockings add column agreement_in_force_at timestamp with time zone;
create index dockings_agreement on dockings (agreement_id) where agreement_id is not null;
