-- The secretariat publishes its members' contributions (激励机制) of an evaluation's year.
alter table evaluations add column contributions_published_at timestamptz;
alter table evaluations add column contributions_published_by varchar(100);
