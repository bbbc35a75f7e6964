-- Synthetic talent data, generated on the server after synthetic-data.sql, in the same session and transaction (it
-- reads bench_orgs and bench_bodies). All of it goes to the first synthetic body, the one whose agreement dashboard
-- and funnel the bench measures. Statements end with ';' at the end of a line; the last comment line before a
-- statement is its label in the timings. ${name} are integers.

-- Forty programmes, kinds in turn, a major each; sizes spread (a student drawing r in [0, 1) goes to programme
-- floor(40 r^1.5): the first gets about 8.5% of the students, the last about 1.7%). One or two schools (every
-- fourth a university) and one to three enterprises each, synthetic organisations a few places apart in the
-- directory; cohorts 2021 to 2025.
-- programme plan
create temporary table bench_programme_words as
select kinds, labels, majors from (values (
    array['ORDER_CLASS', 'MODERN_APPRENTICESHIP', 'FIELD_ENGINEER', 'NAMED_PIPELINE', 'INTERNSHIP_PROGRAMME'],
    array['订单班', '现代学徒制班', '现场工程师班', '冠名班', '岗位实习项目'],
    array['工业机器人技术', '新能源汽车技术', '智能制造装备技术', '大数据技术', '电子商务', '现代物流管理', '护理',
          '数控技术', '光伏工程技术', '集成电路技术', '化工智能制造技术', '软件技术'])) v (kinds, labels, majors);
create temporary table bench_ids_talent as
select nextval(pg_get_serial_sequence('programmes', 'id')) programme,
       nextval(pg_get_serial_sequence('cohorts', 'id')) cohort,
       nextval(pg_get_serial_sequence('students', 'id')) student,
       nextval(pg_get_serial_sequence('internships', 'id')) internship,
       nextval(pg_get_serial_sequence('internship_evaluations', 'id')) evaluation,
       nextval(pg_get_serial_sequence('hires', 'id')) hire;
-- Ids reserved once per table (not one nextval a row). An evaluation takes the slot of its internship and a hire the
-- slot of its student, so some reserved ids stay unused.
-- talent ids
select setval(pg_get_serial_sequence('programmes', 'id'), programme + 40),
       setval(pg_get_serial_sequence('cohorts', 'id'), cohort + 200),
       setval(pg_get_serial_sequence('students', 'id'), student + ${students}),
       setval(pg_get_serial_sequence('internships', 'id'), internship + ${internships}),
       setval(pg_get_serial_sequence('internship_evaluations', 'id'), evaluation + ${internships}),
       setval(pg_get_serial_sequence('hires', 'id'), hire + ${students})
from bench_ids_talent;
create temporary table bench_programmes as
with p as (
    select p, (select programme from bench_ids_talent) + p id, (select cohort from bench_ids_talent) + p * 5 cohort,
           w.kinds[1 + p % 5] kind, w.labels[1 + p % 5] label, w.majors[1 + p * 7 % 12] major
    from generate_series(0, 39) p, bench_programme_words w),
partner as (
    select p.p, k.position, k.role, o.id organisation_id, g.region_code
    from p
    cross join lateral (
        select position, 'SCHOOL' role, case when (p.p + position) % 4 = 3 then 'UNIVERSITY' else 'VOCATIONAL_SCHOOL' end type,
               p.p * 2 + position ti
        from generate_series(0, p.p % 2) position
        union all
        select 1 + p.p % 2 + e, 'ENTERPRISE', 'ENTERPRISE', 100 + p.p * 3 + e from generate_series(0, p.p % 3) e) k
    join bench_type_counts c on c.type = k.type
    join bench_orgs o on o.type = k.type and o.ti = k.ti % c.c
    join organisations g on g.id = o.id)
select p.*,
       (select array_agg(organisation_id order by position) from partner q where q.p = p.p and q.role = 'SCHOOL') schools,
       (select array_agg(region_code order by position) from partner q where q.p = p.p and q.role = 'SCHOOL') regions,
       (select array_agg(organisation_id order by position) from partner q where q.p = p.p and q.role = 'ENTERPRISE')
           enterprises,
       (select array_agg(array[position, organisation_id] order by position) from partner q where q.p = p.p) partners
from p;
analyze bench_programmes;

-- The programme rows refer to each other, the students to them and the records to the students by construction:
-- replica mode skips the per-row foreign-key checks, as for the agreements. Back on after the read model.
-- foreign-key checks off
set local session_replication_role = replica;

-- programmes
insert into programmes (id, name, kind, body_id, major, intake_year, search_text, created_at, created_by)
select p.id, '合成' || p.major || p.label || lpad((p.p + 1)::text, 3, '0'), p.kind, b.id, p.major, 2021,
       '合成' || p.major || p.label || lpad((p.p + 1)::text, 3, '0') || ' ' || p.major || ' ', '2021-03-01 10:00+08', 'admin'
from bench_programmes p
join bench_bodies b on b.i = 0;
insert into programme_partners (programme_id, position, organisation_id, role)
select p.id, q.position, p.partners[q.position + 1][2],
       case when p.partners[q.position + 1][1] < cardinality(p.schools) then 'SCHOOL' else 'ENTERPRISE' end
from bench_programmes p
cross join lateral generate_series(0, array_length(p.partners, 1) - 1) q (position);
insert into cohorts (id, programme_id, intake_year)
select p.cohort + y, p.id, 2021 + y from bench_programmes p, generate_series(0, 4) y;

-- Student i: programme by the size spread above, cohort and school (of the programme's) at random, half of them men,
-- and rh, which decides the hire (35%).
-- student plan
create temporary table bench_students as
with g as materialized (
    select i, random() rp, random() ry, random() rs, random() rg, random() rh
    from generate_series(0, ${students} - 1) i)
select g.i, (select student from bench_ids_talent) + g.i id, p.p, p.id programme_id,
       p.cohort + floor(g.ry * 5)::int cohort_id, 2021 + floor(g.ry * 5)::int intake_year,
       p.schools[1 + floor(g.rs * cardinality(p.schools))::int] school_id,
       p.regions[1 + floor(g.rs * cardinality(p.schools))::int] school_region, g.rg < 0.5 male, g.rh
from g
join bench_programmes p on p.p = least(floor(40 * power(g.rp, 1.5)), 39);
create unique index on bench_students (i);
analyze bench_students;

-- The sealed, fingerprinted and masked numbers are placeholders, not numbers: they cannot be revealed (no key opens
-- them) and match no search for a real number.
-- students
insert into students (id, school_id, programme_id, cohort_id, name, gender, id_number_sealed, id_number_fingerprint,
                      id_number_masked, mobile_sealed, mobile_fingerprint, mobile_masked, major, class_name,
                      expected_graduation, synthetic, created_at, created_by)
select s.id, s.school_id, s.programme_id, s.cohort_id, '合成学生' || lpad((s.i + 1)::text, 7, '0'),
       case when s.male then 'MALE' else 'FEMALE' end, 'synthetic', 'synthetic' || s.id,
       '340802********' || lpad(((s.i + 1) % 10000)::text, 4, '0'), 'synthetic', 'synthetic-mobile' || s.id,
       '138****' || lpad(((s.i + 1) % 10000)::text, 4, '0'), p.major,
       s.intake_year || '级' || p.major || (1 + s.i % 4) || '班', make_date(s.intake_year + 3, 6, 30), true,
       make_timestamptz(s.intake_year, 9, 1, 9, 0, 0, 'Asia/Shanghai'), 'admin'
from bench_students s
join bench_programmes p on p.p = s.p
order by s.i;

-- Internship n: a random student (3 each on average, some none), an enterprise of the student's programme, starting
-- from half a year after enrolment, ended two to six months later (the latest still running), never in the future.
-- internships
insert into internships (id, student_id, school_id, programme_id, cohort_id, enterprise_id, post, mentor, supervisor,
                         starts_on, ends_on, created_at, created_by, confirmed_at)
select (select internship from bench_ids_talent) + g.n, s.id, s.school_id, s.programme_id, s.cohort_id,
       p.enterprises[1 + floor(g.re * cardinality(p.enterprises))::int],
       '合成岗位：' || (array['装配技术员', '设备运维员', '质量检验员', '数控操作员', '软件测试员', '物流调度员',
                          '电商运营助理', '护理助理'])[1 + floor(g.rt * 8)::int],
       '合成导师' || lpad((g.n % 997 + 1)::text, 3, '0'), '合成指导教师' || lpad((g.n % 389 + 1)::text, 3, '0'),
       d.starts_on, d.starts_on + 60 + (g.rt * 120)::int, d.starts_on - 7 + interval '10 hours', 'admin',
       case when g.rc < 0.6 then least(d.starts_on + interval '30 days 16 hours', now() - interval '1 hour') end
from (select n, floor(random() * ${students})::int s, random() re, random() rt, random() rd, random() rc
      from generate_series(0, ${internships} - 1) n) g
join bench_students s on s.i = g.s
join bench_programmes p on p.p = s.p
cross join lateral (select least(make_date(s.intake_year, 9, 1) + 180 + (g.rd * 900)::int,
                                 current_date - 8 - (g.rd * 30)::int) starts_on) d;

-- The enterprise's mid-term evaluation of about 60% of the internships (its confirmation: the funnel counts these),
-- a month after the start, never in the future: those the insert above gave a confirmed_at.
-- internship evaluations
insert into internship_evaluations (id, internship_id, stage, side, grade, comment, evaluated_by, evaluated_at)
select (select evaluation from bench_ids_talent) + (i.id - (select internship from bench_ids_talent)), i.id, 'MIDTERM',
       'ENTERPRISE', (array['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL'])[1 + floor(r * 6)::int],
       case when r < 0.3 then '合成数据：实习表现良好。' end, 'admin',
       i.confirmed_at
from (select i.*, random() r from internships i
      where i.id >= (select internship from bench_ids_talent)
        and i.id < (select internship from bench_ids_talent) + ${internships}) i
where i.confirmed_at is not null;

-- Hires of 35% of the students by an enterprise of their programme: confirmed 70%, hired (not yet answered) 12%,
-- offered 12%, disputed 6%. Work place: the school's city 55%, elsewhere in its province 25%, another province 20%,
-- with local and in-province derived from the codes as HireBook does.
-- hires
insert into hires (id, student_id, school_id, programme_id, cohort_id, enterprise_id, post, offered_on, hired_on,
                   work_region_code, local, in_province, status, dispute_reason, decided_by, decided_at, created_at,
                   created_by)
select (select hire from bench_ids_talent) + h.i, h.id, h.school_id, h.programme_id, h.cohort_id, h.enterprise_id,
       '合成岗位：' || h.major || '技术员', h.offered_on, case when h.status <> 'OFFERED' then h.hired_on end,
       h.work, h.same_province and h.work not like '%0000' and h.school_region not like '%0000'
           and left(h.work, 4) = left(h.school_region, 4), h.same_province, h.status,
       case when h.status = 'DISPUTED' then '合成数据：该生未按约定到岗。' end,
       case when h.status in ('CONFIRMED', 'DISPUTED') then 'admin' end,
       case when h.status in ('CONFIRMED', 'DISPUTED') then least(h.hired_on + interval '7 days 10 hours', now()) end,
       h.offered_on + interval '9 hours', 'admin'
from (select w.*, left(w.work, 2) = left(w.school_region, 2) same_province
      from (select s.*, p.major, p.enterprises[1 + floor(s.re * cardinality(p.enterprises))::int] enterprise_id,
                   o.offered_on, least(o.offered_on + 30 + (s.rd * 60)::int, current_date - 1) hired_on,
                   case when s.rs < 0.70 then 'CONFIRMED' when s.rs < 0.82 then 'HIRED' when s.rs < 0.94 then 'OFFERED'
                        else 'DISPUTED' end status,
                   case when s.rw < 0.55 then s.school_region
                        when s.rw < 0.80 then left(s.school_region, 2)
                            || case when substr(s.school_region, 3, 2) = '01' then '02' else '01' end || '00'
                        when left(s.school_region, 2) = '31' then '110000' else '310000' end work
            from (select *, random() re, random() rs, random() rw, random() rd from bench_students where rh < 0.35) s
            join bench_programmes p on p.p = s.p
            cross join lateral (select least(make_date(s.intake_year + 2, 11, 1) + (s.rd * 200)::int,
                                             current_date - 40) offered_on) o) w) h;

-- analyze talent
analyze programmes, programme_partners, cohorts, students, internships, internship_evaluations, hires;

-- The funnel's read model: the statements at the end of V20261130_1604__funnel.sql (the migration that created it),
-- for the synthetic students.
-- student progress (read model)
insert into student_progress (student_id, school_id, programme_id, cohort_id, interned, offered, hired, hired_local,
                              hired_in_province)
select s.id, s.school_id, s.programme_id, s.cohort_id,
       exists (select 1 from internships i join internship_evaluations e on e.internship_id = i.id
               where i.student_id = s.id and e.side = 'ENTERPRISE'),
       exists (select 1 from hires h where h.student_id = s.id),
       exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED'),
       exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.local),
       exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.in_province)
from students s
where s.id in (select id from bench_students);
-- funnel figures (read model)
insert into funnel_figures
select programme_id, coalesce(cohort_id, 0), count(*), count(*) filter (where interned),
       count(*) filter (where offered), count(*) filter (where hired), count(*) filter (where hired_local),
       count(*) filter (where hired_in_province)
from student_progress where programme_id in (select id from bench_programmes) group by programme_id, coalesce(cohort_id, 0);
-- foreign-key checks on
set local session_replication_role = origin;

-- analyze read model
analyze student_progress, funnel_figures;
