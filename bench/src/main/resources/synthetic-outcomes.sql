-- Synthetic R&D and training data (issue 18), generated on the server after synthetic-data.sql, in one transaction.
-- All of it goes to the first synthetic body, whose dashboards the bench measures; parties are that body's members.
-- Statements end with ';' at the end of a line; the last comment line before a statement is its label in the
-- timings. ${name} are integers. Personal data is placeholder text (the bench measures figures, not sealing).

-- outcome parties
create temporary table bench_outcome_orgs as
select (row_number() over (order by m.organisation_id) - 1)::int as n, m.organisation_id as id, m.body_id
from memberships m
where m.body_id = (select min(id) from bodies where name like '合成%' and name not like '合成名册基准%');
create temporary table bench_outcome_size as select count(*)::int as k, min(body_id) as body from bench_outcome_orgs;
-- Ids reserved once per table, as the talent script does.
-- outcome ids
create temporary table bench_ids_outcomes as
select nextval(pg_get_serial_sequence('research_projects', 'id')) project,
       nextval(pg_get_serial_sequence('research_outputs', 'id')) output,
       nextval(pg_get_serial_sequence('training_courses', 'id')) course,
       nextval(pg_get_serial_sequence('training_sessions', 'id')) session;
-- reserve ids
select setval(pg_get_serial_sequence('research_projects', 'id'), project + ${projects}),
       setval(pg_get_serial_sequence('research_outputs', 'id'), output + ${projects}),
       setval(pg_get_serial_sequence('training_courses', 'id'), course + 200),
       setval(pg_get_serial_sequence('training_sessions', 'id'), session + ${sessions})
from bench_ids_outcomes;
-- Projects over four years, a fifth accepted, one in twenty terminated; a client and a performer each, budgets
-- from 100,000 to 5,100,000 yuan (the performer's on one project in three).
-- projects
insert into research_projects (id, body_id, title, kind, starts_on, ends_on, status, created_at, created_by,
                               last_activity_at, planned_on)
select i.project + g, z.body, '合成研发项目' || lpad(g::text, 6, '0'),
       (array['TACKLING', 'COMMISSIONED', 'JOINT'])[1 + g % 3],
       date '2022-01-01' + (g * 37) % 1460, date '2022-01-01' + (g * 37) % 1460 + 720,
       case when g % 20 = 0 then 'TERMINATED' when g % 5 = 0 then 'ACCEPTED' else 'RUNNING' end,
       now(), 'bench', now(), date '2022-01-01' + (g * 37) % 1460
from generate_series(1, ${projects}) g, bench_ids_outcomes i, bench_outcome_size z;
-- parties
insert into research_project_parties (project_id, position, organisation_id, role, budget)
select i.project + g, p.position, o.id, p.role,
       case when p.position = 0 then 100000 + (g::bigint * 7919) % 5000000
            when g % 3 = 0 then 50000 + (g::bigint * 104729) % 1000000 end
from generate_series(1, ${projects}) g
cross join (values (0, 'CLIENT', 7, 0), (1, 'PERFORMER', 13, 1)) p (position, role, factor, shift)
cross join bench_ids_outcomes i cross join bench_outcome_size z
join bench_outcome_orgs o on o.n = ((g::bigint * p.factor + p.shift) % z.k)::int;
-- Tranches: the client pays the performer; seven in ten confirmed, two declared, one disputed.
-- tranches
insert into research_tranches (project_id, payer_id, payee_id, amount, paid_on, status, declared_at, declared_by,
                               decided_at, decided_by, dispute_reason)
select p.id, c.organisation_id, f.organisation_id, 10000 + (t::bigint * 104729) % 900000,
       p.starts_on + (t % 700), s.status, now(), 'bench',
       case when s.status <> 'DECLARED' then now() end, case when s.status <> 'DECLARED' then 'bench' end,
       case when s.status = 'DISPUTED' then '合成异议' end
from generate_series(1, ${tranches}) t
cross join bench_ids_outcomes i
join research_projects p on p.id = i.project + 1 + t % ${projects}
join research_project_parties c on c.project_id = p.id and c.position = 0
join research_project_parties f on f.project_id = p.id and f.position = 1
cross join lateral (select case when t % 10 < 7 then 'CONFIRMED' when t % 10 < 9 then 'DECLARED'
                                else 'DISPUTED' end as status) s;
-- One output per project, owned by the performer; kinds in turn.
-- outputs
insert into research_outputs (id, project_id, kind, title, identifier, recorded_at, recorded_by, recorded_on)
select i.output + g, i.project + g, (array['PATENT', 'PAPER', 'STANDARD', 'SOFTWARE_COPYRIGHT', 'PRODUCT', 'PROCESS'])[1 + g % 6],
       '合成成果' || g, null, now(), 'bench', date '2022-03-01' + (g * 41) % 1400
from generate_series(1, ${projects}) g, bench_ids_outcomes i;
-- output owners
insert into research_output_owners (output_id, position, organisation_id)
select i.output + g, 0, f.organisation_id
from generate_series(1, ${projects}) g cross join bench_ids_outcomes i
join research_project_parties f on f.project_id = i.project + g and f.position = 1;
-- Two hundred courses by members in turn, 8 to 120 hours; sessions of five days over four years.
-- courses
insert into training_courses (id, body_id, provider_id, kind, title, skills, hours, mode, capacity, offered_at,
                              offered_by)
select i.course + c, z.body, o.id, (array['SKILL_UPGRADE', 'NEW_APPRENTICESHIP', 'SPECIAL_OPERATION'])[1 + c % 3],
       '合成培训课程' || c, '合成技能', 8 + (c * 7) % 113, 'ONSITE', 10000, now(), 'bench'
from generate_series(1, 200) c cross join bench_ids_outcomes i cross join bench_outcome_size z
join bench_outcome_orgs o on o.n = (c * 11) % z.k;
-- sessions
insert into training_sessions (id, course_id, body_id, provider_id, kind, starts_on, ends_on, place, capacity, hours,
                               scheduled_at, scheduled_by)
select i.session + s, c.id, c.body_id, c.provider_id, c.kind, date '2022-01-01' + (s * 3) % 1400,
       date '2022-01-01' + (s * 3) % 1400 + 4, '合成实训中心', c.capacity, c.hours, now(), 'bench'
from generate_series(1, ${sessions}) s cross join bench_ids_outcomes i
join training_courses c on c.id = i.course + 1 + s % 200;
-- Enrolments: members send workers in turn; 85% passed, 5% failed; 80% confirmed, 5% disputed; completed when
-- passed and confirmed, three days after the session.
-- enrolments
insert into training_enrolments (session_id, course_id, body_id, provider_id, enterprise_id, kind, session_hours,
                                 worker_name_sealed, worker_name_masked, id_sealed, id_fingerprint, id_masked,
                                 purpose, consent_at, consent_by, hours_attended, result, confirmation, completed_on)
select s.id, s.course_id, s.body_id, s.provider_id, o.id, s.kind, s.hours, 'bench', '合**', 'bench', md5(e::text),
       '110105********0000', '合成培训', now(), 'bench', s.hours - e % 3, r.result, r.confirmation,
       case when r.result = 'PASSED' and r.confirmation = 'CONFIRMED' then s.ends_on + 3 end
from generate_series(1, ${enrolments}) e cross join bench_ids_outcomes i cross join bench_outcome_size z
join training_sessions s on s.id = i.session + 1 + e % ${sessions}
join bench_outcome_orgs o on o.n = ((e::bigint * 17) % z.k)::int
cross join lateral (select case when e % 20 < 17 then 'PASSED' when e % 20 = 17 then 'FAILED' else 'PENDING' end
                               as result,
                           case when (e / 20) % 20 < 16 then 'CONFIRMED' when (e / 20) % 20 = 16 then 'DISPUTED'
                                else 'PENDING' end as confirmation) r;
-- One certificate for every twentieth completion, earned through it; levels in turn.
-- certificates
insert into certificates (number, kind, level, occupation, issuer_id, issued_on, holder_kind, holder_organisation_id,
                          holder_name_sealed, holder_name_masked, holder_id_sealed, holder_id_fingerprint,
                          holder_id_masked, recorded_at, recorded_by, enrolment_id, body_id)
select 'BENCH' || e.id, 'SKILL_LEVEL', (array['LEVEL_5', 'LEVEL_4', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1'])[1 + e.id % 5],
       '合成工种', e.provider_id, e.completed_on, 'WORKER', e.enterprise_id, 'bench', '合**', 'bench',
       e.id_fingerprint, '110105********0000', now(), 'bench', e.id, e.body_id
from training_enrolments e
where e.completed_on is not null and e.id % 20 = 0 and e.body_id = (select body from bench_outcome_size);
-- The read models, as the records contribute to them (the app moves them by exact differences from here).
-- research figures
insert into research_figures (body_id, month, side, organisation_id, committed, declared, confirmed, transfers,
                              transfer_value)
select body_id, month, side, organisation_id, sum(committed), sum(declared), sum(confirmed), 0, 0
from (
    select p.body_id, date_trunc('month', coalesce(p.starts_on, p.planned_on))::date as month, s.side,
           case when s.side = 'BODY' then 0 else x.organisation_id end as organisation_id,
           x.budget as committed, 0 as declared, 0 as confirmed
    from research_projects p
    join research_project_parties x on x.project_id = p.id
    cross join (values ('BODY'), ('PARTY')) as s (side)
    where p.status <> 'TERMINATED' and x.budget is not null and p.created_by = 'bench'
    union all
    select p.body_id, date_trunc('month', t.paid_on)::date, s.side,
           case when s.side = 'BODY' then 0 else t.payer_id end,
           0, t.amount, case when t.status = 'CONFIRMED' then t.amount else 0 end
    from research_tranches t
    join research_projects p on p.id = t.project_id
    cross join (values ('BODY'), ('PARTY')) as s (side)
    where t.status <> 'DISPUTED' and t.declared_by = 'bench'
) as contributions
group by body_id, month, side, organisation_id
on conflict (body_id, month, side, organisation_id) do update
set committed = research_figures.committed + excluded.committed,
    declared = research_figures.declared + excluded.declared,
    confirmed = research_figures.confirmed + excluded.confirmed;
-- output figures
insert into research_output_figures (body_id, month, side, organisation_id, kind, outputs)
select p.body_id, date_trunc('month', o.recorded_on)::date, s.side,
       case when s.side = 'BODY' then 0 else w.organisation_id end, o.kind, count(*)
from research_outputs o
join research_projects p on p.id = o.project_id
join research_output_owners w on w.output_id = o.id
cross join (values ('BODY'), ('PARTY')) as s (side)
where o.recorded_by = 'bench'
group by 1, 2, 3, 4, 5
on conflict (body_id, month, side, organisation_id, kind) do update
set outputs = research_output_figures.outputs + excluded.outputs;
-- training figures
insert into training_figures (body_id, month, side, organisation_id, kind, persons, hours)
select e.body_id, date_trunc('month', e.completed_on)::date, s.side,
       case s.side when 'BODY' then 0 when 'ENTERPRISE' then e.enterprise_id else e.provider_id end, e.kind,
       count(*), sum(coalesce(e.hours_attended, e.session_hours))
from training_enrolments e
cross join (values ('BODY'), ('ENTERPRISE'), ('PROVIDER')) as s (side)
where e.completed_on is not null and e.consent_by = 'bench'
group by 1, 2, 3, 4, 5
on conflict (body_id, month, side, organisation_id, kind) do update
set persons = training_figures.persons + excluded.persons, hours = training_figures.hours + excluded.hours;
-- certificate figures
insert into certificate_figures (body_id, month, side, organisation_id, kind, level, certificates)
select c.body_id, date_trunc('month', c.issued_on)::date, s.side,
       case s.side when 'BODY' then 0 when 'ISSUER' then c.issuer_id else c.holder_organisation_id end,
       c.kind, coalesce(c.level, ''), count(*)
from certificates c
cross join (values ('BODY'), ('ISSUER'), ('HOLDER')) as s (side)
where c.recorded_by = 'bench'
group by 1, 2, 3, 4, 5, 6
on conflict (body_id, month, side, organisation_id, kind, level) do update
set certificates = certificate_figures.certificates + excluded.certificates;
-- analyse
analyze research_projects, research_project_parties, research_tranches, research_outputs, research_output_owners,
        training_courses, training_sessions, training_enrolments, certificates, research_figures,
        research_output_figures, training_figures, certificate_figures;
