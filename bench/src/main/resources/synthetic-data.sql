-- Synthetic data, generated on the server. Run by SyntheticData in one session after it has filled
-- the temporary table bench_kinds (naming rules from Vocabulary). Statements end with ';' at the end
-- of a line; the last comment line before a statement is its label in the timings. ${name} are integers.

-- seed
select setseed(${seed});

-- helper functions
create function pg_temp.credit_code(first17 text) returns text language sql immutable as $$
    select first17 || substr(a, ((31 - s % 31) % 31 + 1)::int, 1)
    from (select a, sum((strpos(a, substr(first17, i, 1)) - 1) * w[i]) s
          from (select '0123456789ABCDEFGHJKLMNPQRTUWXY'::text a,
                       array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] w) c,
               generate_series(1, 17) i
          group by a) t
$$;
create function pg_temp.synthetic_names(fam text, total int, width int)
    returns table (n int, type text, level text, authority text, name text, region text)
    language sql volatile as $$
    with g as materialized (
        select s, random() r, (random() * 2147483646)::int h1, (random() * 2147483646)::int h2,
               (random() * 2147483646)::int h3
        from generate_series(1, total) s)
    select g.s, k.type, k.level, k.authority,
           '合成' || k.places[1 + g.h1 % cardinality(k.places)] || k.middles[1 + g.h2 % cardinality(k.middles)]
               || k.suffixes[1 + g.h3 % cardinality(k.suffixes)] || lpad(g.s::text, width, '0'),
           k.codes[1 + g.h1 % cardinality(k.codes)]
    from g join bench_kinds k on k.family = fam and g.r >= k.lo and g.r < k.hi
$$;

-- organisations
insert into organisations (name, normalised_name, type, school_level, credit_code, region_code, description, created_at)
select name, name, type, level, pg_temp.credit_code(authority || '1' || region || lpad(n::text, 9, '0')), region,
       '合成数据：性能测试用的虚构单位。', now() - (n % 3650) * interval '1 day'
from pg_temp.synthetic_names('organisation', ${organisations}, 6)
order by n;

-- bodies
insert into bodies (name, kind, founded_on, region_code, description, created_at)
select name, type, date '2019-01-01' + (n * 37 % 2000), region, '合成数据：性能测试用的虚构产教融合体。', now()
from pg_temp.synthetic_names('body', ${bodies}, 4)
order by n;

-- numbering of the synthetic rows
create temporary table bench_orgs as
select (row_number() over (order by id) - 1)::int i, id, type,
       (row_number() over (partition by type order by id) - 1)::int ti
from organisations where name like '合成%';
create index on bench_orgs (i);
create index on bench_orgs (type, ti);
create temporary table bench_type_counts as select type, count(*)::int c from bench_orgs group by type;
create temporary table bench_bodies as
select (row_number() over (order by id) - 1)::int i, id, kind from bodies where name like '合成%';
analyze bench_orgs;
analyze bench_bodies;

-- Body i gets organisations (i * 104729 + k * step) mod N, k = 0, 1, ...: distinct pairs, as step is
-- coprime to N.
-- memberships
insert into memberships (body_id, organisation_id, status, joined_on, created_at)
select b.id, o.id, 'ACTIVE', date '2020-01-01' + (m % 1800)::int, now()
from generate_series(0::bigint, ${memberships} - 1) m
join bench_bodies b on b.i = m % ${bodies}
join bench_orgs o on o.i = ((m % ${bodies}) * 104729 + (m / ${bodies}) * ${step}) % ${organisations};

-- Two or three lead units by kind of body, of the matching organisation type.
-- lead units
create temporary table bench_leads (kind, position, role, org_type) as values
    ('INDUSTRY_COMMUNITY', 0, 'LEAD_ENTERPRISE', 'ENTERPRISE'),
    ('INDUSTRY_COMMUNITY', 1, 'LEAD_UNIVERSITY', 'UNIVERSITY'),
    ('INDUSTRY_COMMUNITY', 2, 'LEAD_VOCATIONAL_SCHOOL', 'VOCATIONAL_SCHOOL'),
    ('CITY_CONSORTIUM', 0, 'PARK_ADMINISTRATION', 'PARK_ADMINISTRATION'),
    ('CITY_CONSORTIUM', 1, 'LEAD_VOCATIONAL_SCHOOL', 'VOCATIONAL_SCHOOL'),
    ('CITY_CONSORTIUM', 2, 'LEAD_ENTERPRISE', 'ENTERPRISE'),
    ('VOCATIONAL_EDUCATION_GROUP', 0, 'LEAD_VOCATIONAL_SCHOOL', 'VOCATIONAL_SCHOOL'),
    ('VOCATIONAL_EDUCATION_GROUP', 1, 'LEAD_ENTERPRISE', 'ENTERPRISE');
insert into body_lead_units (body_id, position, organisation_id, role)
select b.id, l.position, o.id, l.role
from bench_bodies b
join bench_leads l on l.kind = b.kind
join bench_type_counts c on c.type = l.org_type
join bench_orgs o on o.type = l.org_type and o.ti = (b.i * 31 + l.position) % c.c;

-- One government department each.
-- guiding committee
insert into body_guiding_committee (body_id, position, organisation_id)
select b.id, 0, o.id
from bench_bodies b
join bench_type_counts c on c.type = 'GOVERNMENT_DEPARTMENT'
join bench_orgs o on o.type = c.type and o.ti = b.i % c.c;

-- council terms
insert into council_terms (body_id, ordinal, name, starts_on, ends_on)
select id, 1, '第一届理事会', date '2023-01-01' + i % 365, date '2028-01-01' + i % 365 from bench_bodies;

-- The first seven members of the body.
-- council seats
create temporary table bench_seats (position, seat) as values
    (0, 'CHAIR'), (1, 'EXECUTIVE_VICE_CHAIR'), (2, 'VICE_CHAIR'), (3, 'VICE_CHAIR'), (4, 'SECRETARY_GENERAL'),
    (5, 'STANDING_MEMBER'), (6, 'STANDING_MEMBER');
insert into council_seats (term_id, position, organisation_id, seat)
select t.id, s.position, m.organisation_id, s.seat
from council_terms t
join bench_bodies b on b.id = t.body_id
cross join lateral (select organisation_id, (row_number() over (order by id) - 1)::int position
                    from memberships where body_id = t.body_id order by id limit 7) m
join bench_seats s on s.position = m.position;

-- The registered counts by type and level, the declared total a little above them.
-- declared compositions
insert into declared_compositions (body_id, declared_on, source, total)
select b.id, date '2025-06-30', '合成数据：年度质量报告', count(m.id) + b.i % 9
from bench_bodies b left join memberships m on m.body_id = b.id
group by b.id, b.i;
insert into declared_composition_counts (composition_id, position, member_type, school_level, member_count)
select d.id, (row_number() over (partition by d.id order by o.type, o.school_level) - 1)::int, o.type, o.school_level,
       count(*)
from declared_compositions d
join bench_bodies b on b.id = d.body_id
join memberships m on m.body_id = d.body_id
join organisations o on o.id = m.organisation_id
group by d.id, o.type, o.school_level;

-- All agreements go to the first synthetic body, whose dashboard the bench measures. Kinds, statuses and units of
-- obligations with their shares; each status with the range of its obligations' first due dates in days from today
-- (drafts and newly signed agreements promise for the future, completed and expired ones only had past dates); about
-- 20% of the obligations are counted in money (元, 万元), the rest in people, courses and projects.
-- agreement vocabulary
create temporary table bench_agreement_kinds as
select kind, label, sum(share) over (order by kind) - share lo, sum(share) over (order by kind) hi
from (values ('FRAMEWORK', '战略合作框架协议', 0.20), ('JOINT_RESEARCH', '联合研发协议', 0.10),
             ('OVERSEAS_SCHOOLING', '境外办学合作协议', 0.02), ('ORDER_CLASS', '订单班培养协议', 0.12),
             ('APPRENTICESHIP', '现代学徒制协议', 0.08), ('NAMED_PIPELINE', '冠名班协议', 0.05),
             ('INTERNSHIP_EMPLOYMENT', '实习就业协议', 0.15), ('TRAINING', '员工培训协议', 0.08),
             ('CO_BUILT_BASE', '共建实训基地协议', 0.08), ('TECHNICAL_SERVICE', '技术服务协议', 0.07),
             ('TECHNOLOGY_TRANSFER', '技术转让协议', 0.03), ('OTHER', '其他合作协议', 0.02)) v (kind, label, share);
create temporary table bench_agreement_statuses as
select status, due_from, due_to, sum(share) over (order by status) - share lo, sum(share) over (order by status) hi
from (values ('DRAFT', 0.04, 30, 730), ('SIGNED', 0.08, -90, 730), ('IN_FORCE', 0.70, -1095, 730),
             ('COMPLETED', 0.10, -1095, -60), ('EXPIRED', 0.05, -1095, -60), ('TERMINATED', 0.03, -1095, 730))
     v (status, share, due_from, due_to);
create temporary table bench_obligation_units as
select unit, description, low, high, step, sum(share) over (order by unit) - share lo, sum(share) over (order by unit) hi
from (values ('元', '合成义务：投入设备购置资金', 0.10, 50000, 1000000, 1000),
             ('万元', '合成义务：投入联合研发经费', 0.10, 5, 200, 1),
             ('人', '合成义务：接收学生顶岗实习', 0.40, 5, 120, 1),
             ('门', '合成义务：共同开发专业课程', 0.20, 1, 10, 1),
             ('项', '合成义务：联合申报科研项目', 0.20, 1, 6, 1)) v (unit, description, share, low, high, step);

-- When a period's report came (12 days before its due date to 8 after) and when another party confirmed or disputed
-- it (1 to 10 days later): not in the future (one cap for both keeps a history in order), and within [earliest,
-- latest], the agreement's signing and its last activity, which every event touches.
-- agreement helper functions
create function pg_temp.reported_at(period date, r float8, earliest timestamptz, latest timestamptz)
    returns timestamptz language sql stable as $$
    select greatest(earliest, least(period + interval '9 hours' + (r * 20 - 12) * interval '1 day',
                                    now() - interval '1 hour' - r * interval '2 days', latest))
$$;
create function pg_temp.answered_at(period date, r float8, earliest timestamptz, latest timestamptz)
    returns timestamptz language sql stable as $$
    select greatest(earliest, least(period + interval '9 hours' + (r * 29 - 11) * interval '1 day',
                                    now() - interval '1 hour' - r * interval '2 days', latest))
$$;

-- Ids for the agreements and obligations, reserved in one step each (not one nextval a row): the plans refer to them
-- before the rows are inserted.
-- agreement ids
create temporary table bench_id_bases as
select nextval(pg_get_serial_sequence('agreements', 'id')) agreement,
       nextval(pg_get_serial_sequence('obligations', 'id')) obligation;
select setval(pg_get_serial_sequence('agreements', 'id'), agreement + ${agreements}),
       setval(pg_get_serial_sequence('obligations', 'id'), obligation + ${obligations})
from bench_id_bases;

-- Agreement i: kind and status drawn by share, 2 or 3 parties.
-- agreement plan
create temporary table bench_agreements as
with g as materialized (
    select i, random() rk, random() rs, random() rp, random() r1, random() r2, random() r3
    from generate_series(0, ${agreements} - 1) i)
select g.i, (select agreement from bench_id_bases) + g.i id, k.kind, k.label, s.status, s.due_from, s.due_to,
       2 + (g.rp < 0.4)::int parties, g.r1, g.r2, g.r3
from g
join bench_agreement_kinds k on g.rk >= k.lo and g.rk < k.hi
join bench_agreement_statuses s on g.rs >= s.lo and g.rs < s.hi;
create unique index on bench_agreements (i);
analyze bench_agreements;

-- Initiator, partner, then funder or host: synthetic organisations a third of the directory apart (distinct within
-- an agreement); a third of them commit cash, a fifth in kind.
-- agreement party plan
create temporary table bench_parties as
select a.i, a.id agreement_id, q.position, o.id organisation_id,
       (array['INITIATOR', 'PARTNER', 'FUNDER', 'HOST'])[1 + q.position + (q.position = 2 and a.r2 < 0.5)::int] role,
       case when q.position = 0 then '法定代表人' when a.r3 < 0.5 then '授权代表' end signatory_title,
       case when random() < 0.33 then round((10 + random() * 490)::numeric) * 10000 end committed_cash,
       case when random() < 0.2 then round((5 + random() * 195)::numeric) * 10000 end committed_in_kind
from bench_agreements a
cross join lateral generate_series(0, a.parties - 1) q (position)
join bench_orgs o on o.i = (a.i * 7919 + q.position * greatest(${organisations} / 3, 1)) % ${organisations};
create unique index on bench_parties (i, position);
analyze bench_parties;

-- Obligation n of a random agreement, owed by one of its parties and answered by the next. Of the periods already due,
-- 85% were confirmed (under completed agreements all); the rest are overdue: open, reported or disputed. A yearly
-- obligation is due again a year after each confirmed period, a once obligation is then fulfilled. Of the periods not
-- yet due, 10% are reported early. Drafts' obligations are all open. Last: the period, kind (answered or only
-- reported) and time of the last event, before the agreement's dates are known.
-- obligation plan
create temporary table bench_obligations as
with g as materialized (
    select n, floor(random() * ${agreements})::int a, random() ru, random() rp, random() rc, random() rd,
           random() rt, random() r1, random() r2, random() r3
    from generate_series(0, ${obligations} - 1) n),
drawn as (
    select g.*, a.id agreement_id, a.status agreement_status, u.unit, u.description,
           round((u.low + g.rt * (u.high - u.low)) / u.step) * u.step target,
           floor(g.rp * a.parties)::int position, (floor(g.rp * a.parties)::int + 1) % a.parties answered_by,
           case when a.status <> 'COMPLETED' and g.rc < 0.3 then 'YEARLY' else 'ONCE' end cadence,
           current_date + (a.due_from + g.rd * (a.due_to - a.due_from))::int first_due
    from g
    join bench_agreements a on a.i = g.a
    join bench_obligation_units u on g.ru >= u.lo and g.ru < u.hi),
due as materialized (
    select drawn.*, r1 < 0.85 or agreement_status = 'COMPLETED' kept,
           case when first_due >= current_date then 0 when cadence = 'ONCE' then 1
                else 1 + extract(year from age(current_date - 1, first_due))::int end periods_due
    from drawn),
confirmed as (
    select due.*, case when periods_due = 0 then 0 when not kept then periods_due - 1
                       when cadence = 'ONCE' then 1 else periods_due end periods_confirmed
    from due),
outcome as (
    select confirmed.*,
           case when cadence = 'YEARLY' then (first_due + make_interval(years => periods_confirmed))::date
                else first_due end due_on,
           case when agreement_status = 'DRAFT' then 'OPEN'
                when periods_due > 0 and not kept then case when r1 < 0.92 then 'OPEN' when r1 < 0.97 then 'REPORTED'
                                                            else 'DISPUTED' end
                when periods_due > 0 and cadence = 'ONCE' then 'FULFILLED'
                when r2 < 0.9 then 'OPEN' else 'REPORTED' end status
    from confirmed),
last_event as (
    select outcome.*, status <> 'REPORTED' last_answered,
           case when status in ('REPORTED', 'DISPUTED') then due_on
                when periods_confirmed > 0 then (first_due + make_interval(years => periods_confirmed - 1))::date
           end last_period
    from outcome)
select (select obligation from bench_id_bases) + n id, a, agreement_id, position, answered_by, unit,
       description, target, cadence, first_due, periods_confirmed, due_on, status, r3, last_period, last_answered,
       case when last_period is null then null
            when last_answered then pg_temp.answered_at(last_period, r3, '-infinity', 'infinity')
            else pg_temp.reported_at(last_period, r3, '-infinity', 'infinity') end last_at
from last_event;
analyze bench_obligations;

-- Signed a month or more before the first due date; running agreements' terms end after their last due date, expired
-- ones' before today. Last activity: for running agreements their last event or later, except about 4% of those in
-- force, dormant (quiet for more than 180 days); closed ones when they closed. Events are no later.
-- agreement dates
create temporary table bench_agreement_dates as
with due as (
    select a, min(first_due) first_due, max(due_on) last_due, max(last_at) last_at from bench_obligations group by a),
signed as (
    select a.*, d.last_due, d.last_at,
           case when a.status <> 'DRAFT' then least(coalesce(d.first_due, current_date) - 30 - (a.r1 * 150)::int,
                                                   current_date - 1 - (a.r1 * 60)::int) end signed_on
    from bench_agreements a left join due d on d.a = a.i),
term as (
    select signed.*,
           case when status in ('SIGNED', 'IN_FORCE') then greatest(last_due, current_date) + 30 + (r2 * 365)::int
                when status in ('COMPLETED', 'EXPIRED') then least(coalesce(last_due, signed_on) + 30, current_date - 1)
                when status = 'TERMINATED' then signed_on + 1095 end term_ends_on,
           coalesce(signed_on - 20, current_date - 1 - (r1 * 60)::int) + interval '10 hours' created_at,
           signed_on + interval '15 hours' signed_at
    from signed)
select i, id, kind, label, status, signed_on, term_ends_on, created_at, signed_at, least(now(), case
           when status = 'IN_FORCE' and r2 < 0.04
               then greatest(signed_at + interval '1 day', now() - (181 + r3 * 540) * interval '1 day')
           when status in ('SIGNED', 'IN_FORCE')
               then greatest(signed_at + interval '1 day', last_at, now() - r3 * interval '150 days')
           when status in ('COMPLETED', 'EXPIRED') then term_ends_on + interval '1 day 5 minutes'
           when status = 'TERMINATED' then greatest(signed_at + interval '30 days', now() - r3 * interval '365 days')
           else created_at + r3 * interval '10 days' end) last_activity_at
from term;
create unique index on bench_agreement_dates (i);
analyze bench_agreement_dates;

-- The agreement rows refer to each other by construction: skipping the per-row foreign-key checks (replica mode,
-- as a superuser's bulk restore does) saves a third of the time of inserting them. Back on after the read model.
-- foreign-key checks off
set local session_replication_role = replica;

-- agreements
insert into agreements (id, title, kind, body_id, status, signed_on, place, term_starts_on, term_ends_on,
                        termination_reason, created_at, created_by, last_activity_at)
select a.id, '合成' || a.label || lpad(a.i::text, 6, '0'), a.kind, b.id, a.status, a.signed_on,
       case when a.signed_on is not null then '合成数据：签约地' end, a.signed_on, a.term_ends_on,
       case when a.status = 'TERMINATED' then '合成数据：双方协商一致解除。' end, a.created_at, 'admin',
       a.last_activity_at
from bench_agreement_dates a
join bench_bodies b on b.i = 0;

-- agreement parties
insert into agreement_parties (agreement_id, position, organisation_id, role, signatory_title, committed_cash,
                               committed_in_kind)
select agreement_id, position, organisation_id, role, signatory_title, committed_cash, committed_in_kind
from bench_parties;

-- obligations
insert into obligations (id, agreement_id, party_id, description, target, unit, cadence, due_on, status, created_at,
                         last_activity_at)
select o.id, o.agreement_id, p.organisation_id, o.description, o.target, o.unit, o.cadence, o.due_on, o.status,
       coalesce(a.signed_at, a.created_at), case
           when o.last_period is null then coalesce(a.signed_at, a.created_at)
           when o.last_answered
               then pg_temp.answered_at(o.last_period, o.r3, coalesce(a.signed_at, a.created_at), a.last_activity_at)
           else pg_temp.reported_at(o.last_period, o.r3, coalesce(a.signed_at, a.created_at), a.last_activity_at) end
from bench_obligations o
join bench_agreement_dates a on a.i = o.a
join bench_parties p on p.i = o.a and p.position = o.position;

create temporary table bench_positions as
select generate_series(0, 2 * max(periods_confirmed) + 1) position from bench_obligations;
-- Position h of an obligation's history: the party's report (h even) and another party's confirmation (h odd) of
-- confirmed period h / 2; then the current period's report if it was reported, and the dispute if it was disputed.
-- Reports say 80-120% of the target was achieved.
-- obligation events
insert into obligation_events (obligation_id, position, at, action, actor, organisation_id, period_due_on, achieved,
                               note)
select o.id, h.position, case when e.action = 'REPORTED'
           then pg_temp.reported_at(e.period, o.r3, coalesce(a.signed_at, a.created_at), a.last_activity_at)
           else pg_temp.answered_at(e.period, o.r3, coalesce(a.signed_at, a.created_at), a.last_activity_at) end,
       e.action, 'admin', case when e.action = 'REPORTED' then p.organisation_id else q.organisation_id end, e.period,
       case when e.action = 'REPORTED' then round(o.target * (0.8 + 0.4 * o.r3)) end,
       case e.action when 'REPORTED' then '合成数据：按期完成情况报告。' when 'DISPUTED' then '合成数据：报告数量与实际不符。' end
from bench_obligations o
join bench_agreement_dates a on a.i = o.a
join bench_parties p on p.i = o.a and p.position = o.position
join bench_parties q on q.i = o.a and q.position = o.answered_by
join bench_positions h
    on h.position < 2 * o.periods_confirmed + case o.status when 'REPORTED' then 1 when 'DISPUTED' then 2 else 0 end
cross join lateral (
    select case when h.position < 2 * o.periods_confirmed
                then (o.first_due + make_interval(years => h.position / 2))::date else o.due_on end period,
           case when h.position >= 2 * o.periods_confirmed + 1 then 'DISPUTED'
                when h.position % 2 = 0 or h.position = 2 * o.periods_confirmed then 'REPORTED'
                else 'CONFIRMED' end action) e;

-- analyze agreements
analyze agreements, agreement_parties, obligations, obligation_events;

-- The dashboard's read model: the statements at the end of V20261125_1404__agreement_figures.sql (the migration
-- that created it), for the synthetic agreements.
-- agreement figures (read model)
insert into agreement_figures (agreement_id, body_id, kind, status, committed_yuan, confirmed_periods, reported_yuan)
select a.id, a.body_id, a.kind, a.status,
       coalesce((select sum(coalesce(p.committed_cash, 0) + coalesce(p.committed_in_kind, 0))
                 from agreement_parties p where p.agreement_id = a.id), 0),
       (select count(*) from obligation_events e join obligations o on o.id = e.obligation_id
        where o.agreement_id = a.id and e.action = 'CONFIRMED'),
       coalesce((select sum(r.achieved * r.factor) from (
           select distinct on (e.obligation_id, e.period_due_on) e.achieved,
                  case o.unit when '元' then 1 when '人民币' then 1 when 'CNY' then 1 when 'RMB' then 1 when '¥' then 1 when '￥' then 1
                              when '万元' then 10000 when '亿元' then 100000000 end factor
           from obligation_events e join obligations o on o.id = e.obligation_id
           where o.agreement_id = a.id and e.action = 'REPORTED'
           order by e.obligation_id, e.period_due_on, e.position desc) r), 0)
from agreements a
where a.id in (select id from bench_agreements);
-- obligation dues (read model)
insert into obligation_dues (obligation_id, agreement_id, body_id, due_on)
select o.id, o.agreement_id, a.body_id, o.due_on
from obligations o join agreements a on a.id = o.agreement_id
where a.status in ('SIGNED', 'IN_FORCE') and o.status <> 'FULFILLED'
  and a.id in (select id from bench_agreements);
-- The body's sums: the statement at the end of V20261125_1407__body_agreement_figures.sql, added to what the
-- synthetic body may already hold.
-- body agreement figures (read model)
insert into body_agreement_figures (body_id, kind, status, agreements, committed_yuan, confirmed_periods, reported_yuan)
select body_id, kind, status, count(*), sum(committed_yuan), sum(confirmed_periods), sum(reported_yuan)
from agreement_figures where agreement_id in (select id from bench_agreements) group by body_id, kind, status
on conflict (body_id, kind, status) do update set agreements = body_agreement_figures.agreements + excluded.agreements,
    committed_yuan = body_agreement_figures.committed_yuan + excluded.committed_yuan,
    confirmed_periods = body_agreement_figures.confirmed_periods + excluded.confirmed_periods,
    reported_yuan = body_agreement_figures.reported_yuan + excluded.reported_yuan;
-- foreign-key checks on
set local session_replication_role = origin;

-- analyze
analyze;
