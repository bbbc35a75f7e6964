-- Synthetic evaluations for the region view: every synthetic body but the first (whose evaluation the bench opens,
-- computes and submits through the API) graded in each of ${years} years up to ${last}, under the shipped framework of
-- its kind (an industry community's for vocational education groups too), as an evaluator would have left them:
-- submitted a month after the year's end, graded a month later, every computed point frozen. Statements end with ';'
-- at the end of a line; the last comment line before a statement is its label in the timings.

-- The shipped frameworks' points, in the order Evaluation.open gives them positions.
-- framework points
create temporary table bench_points as
select f.id framework_id, f.body_kind, p.position - 1 position, p.point ->> 'code' code, p.point ->> 'kind' kind,
       (p.point ->> 'maxScore')::numeric max_score, p.point ->> 'figure' figure
from frameworks f
cross join lateral jsonb_path_query(f.definition::jsonb, '$.groups[*].indicators[*].points[*]')
    with ordinality p (point, position)
where f.code in ('city-consortium', 'industry-community') and f.number = 1;

-- A total between 50 and 100 (so every grade of the scale occurs), one body in fifty with a failed veto point.
-- evaluations
insert into evaluations (body_id, year, framework_id, status, opened_at, opened_by, submitted_at, submitted_by,
                         graded_at, graded_by, total, vetoed, grade)
select t.id, t.y, f.id, 'GRADED', make_timestamptz(t.y + 1, 1, 5, 9, 0, 0, 'Asia/Shanghai'), 'bench',
       make_timestamptz(t.y + 1, 1, 25, 9, 0, 0, 'Asia/Shanghai'), 'bench',
       make_timestamptz(t.y + 1, 2, 25, 9, 0, 0, 'Asia/Shanghai'), 'bench', t.total, t.vetoed,
       case when t.vetoed then '不合格' when t.total >= 90 then '优秀' when t.total >= 75 then '良好'
            when t.total >= 60 then '合格' else '不合格' end
from (select b.id, b.kind, y, round((50 + 50 * random())::numeric, 2) total, random() < 0.02 vetoed
      from bodies b cross join generate_series(${last} - ${years} + 1, ${last}) y
      where b.name like '合成%' and b.id > (select min(id) from bodies where name like '合成%')) t
join frameworks f on f.number = 1
    and f.code = case when t.kind = 'CITY_CONSORTIUM' then 'city-consortium' else 'industry-community' end;

-- Each point of the evaluation's framework: computed ones frozen with a figure and a record count, evidence ones
-- self-scored; scores up to the point's maximum.
-- evaluation entries
insert into evaluation_entries (evaluation_id, position, point_code, declared, frozen_value, frozen_records,
                                self_score, score)
select v.id, v.position, v.code, case when v.kind = 'COMPUTED' then v.value end,
       case when v.kind = 'COMPUTED' then v.value end, case when v.kind = 'COMPUTED' then v.value::bigint end,
       case when v.kind <> 'COMPUTED' then round(v.max_score * v.share, 2) end, round(v.max_score * v.share, 2)
from (select e.id, p.position, p.code, p.kind, p.max_score, floor(random() * 400)::numeric value,
             (0.5 + random() / 2)::numeric share
      from evaluations e join bench_points p on p.framework_id = e.framework_id
      where e.opened_by = 'bench') v;

-- analyze evaluations
analyze evaluations, evaluation_entries;
