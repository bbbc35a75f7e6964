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

-- analyze
analyze;
