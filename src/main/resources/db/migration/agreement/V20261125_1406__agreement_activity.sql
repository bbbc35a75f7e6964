-- Dormant agreements of a body (in force, nothing since a date) are counted from the index alone.
create index agreements_activity on agreements (body_id, status, last_activity_at);
drop index agreements_body;
-- The read model was filled in one statement by V20261125_1404: give the planner its statistics now.
analyze agreement_figures;
analyze obligation_dues;
