-- The funnel's read model (ADR 0014): one row per student with what both sides confirmed, and the sums per programme
-- and cohort kept by exact difference. Derived from students, internships (an enterprise evaluation) and hires.
create table student_progress (
    student_id        bigint  primary key references students (id) on delete cascade,
    school_id         bigint  not null,
    programme_id      bigint,
    cohort_id         bigint,
    interned          boolean not null default false,
    offered           boolean not null default false,
    hired             boolean not null default false,
    hired_local       boolean not null default false,
    hired_in_province boolean not null default false
);
create index student_progress_programme on student_progress (programme_id, cohort_id);

create table funnel_figures (
    programme_id      bigint not null,
    cohort_id         bigint not null default 0,
    enrolled          bigint not null default 0,
    interned          bigint not null default 0,
    offered           bigint not null default 0,
    hired             bigint not null default 0,
    hired_local       bigint not null default 0,
    hired_in_province bigint not null default 0,
    primary key (programme_id, cohort_id)
);

insert into student_progress (student_id, school_id, programme_id, cohort_id, interned, offered, hired, hired_local,
                              hired_in_province)
select s.id, s.school_id, s.programme_id, s.cohort_id,
       exists (select 1 from internships i join internship_evaluations e on e.internship_id = i.id
               where i.student_id = s.id and e.side = 'ENTERPRISE'),
       exists (select 1 from hires h where h.student_id = s.id),
       exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED'),
       exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.local),
       exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.in_province)
from students s;

insert into funnel_figures
select programme_id, coalesce(cohort_id, 0), count(*), count(*) filter (where interned),
       count(*) filter (where offered), count(*) filter (where hired), count(*) filter (where hired_local),
       count(*) filter (where hired_in_province)
from student_progress where programme_id is not null group by programme_id, coalesce(cohort_id, 0);
