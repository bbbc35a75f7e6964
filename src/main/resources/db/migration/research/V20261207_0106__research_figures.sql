-- The day a project was planned and an output recorded, in the platform's zone (Asia/Shanghai unless configured):
-- the month a project without a start date, and an output, count in.
alter table research_projects add column planned_on date;
update research_projects set planned_on = (created_at at time zone 'Asia/Shanghai')::date;
alter table research_projects alter column planned_on set not null;
alter table research_outputs add column recorded_on date;
update research_outputs set recorded_on = (recorded_at at time zone 'Asia/Shanghai')::date;
alter table research_outputs alter column recorded_on set not null;
create index research_outputs_recorded on research_outputs (recorded_on);
create index research_tranches_paid on research_tranches (paid_on);

-- The R&D dashboard's read model, moved by exact differences (ADR 0039). side BODY with organisation 0 holds the body's
-- total; PARTY a party's share (its budget, what it paid, what it transferred; outputs it owns).
create table research_figures (
    body_id         bigint         not null,
    month           date           not null,
    side            varchar(10)    not null,
    organisation_id bigint         not null,
    committed       numeric(20, 2) not null default 0,
    declared        numeric(20, 2) not null default 0,
    confirmed       numeric(20, 2) not null default 0,
    transfers       bigint         not null default 0,
    transfer_value  numeric(20, 2) not null default 0,
    primary key (body_id, side, organisation_id, month)
);
create index research_figures_organisation on research_figures (organisation_id, side);

create table research_output_figures (
    body_id         bigint      not null,
    month           date        not null,
    side            varchar(10) not null,
    organisation_id bigint      not null,
    kind            varchar(30) not null,
    outputs         bigint      not null default 0,
    primary key (body_id, side, organisation_id, month, kind)
);
create index research_output_figures_organisation on research_output_figures (organisation_id, side);

-- What the records kept so far contribute, by the same rules as the records' own rows.
insert into research_figures (body_id, month, side, organisation_id, committed, declared, confirmed, transfers,
                              transfer_value)
select body_id, month, side, organisation_id, sum(committed), sum(declared), sum(confirmed), sum(transfers),
       sum(transfer_value)
from (
    select p.body_id, date_trunc('month', coalesce(p.starts_on, p.planned_on))::date as month, s.side,
           case when s.side = 'BODY' then 0 else x.organisation_id end as organisation_id,
           x.budget as committed, 0 as declared, 0 as confirmed, 0 as transfers, 0 as transfer_value
    from research_projects p
    join research_project_parties x on x.project_id = p.id
    cross join (values ('BODY'), ('PARTY')) as s (side)
    where p.status <> 'TERMINATED' and x.budget is not null
    union all
    select p.body_id, date_trunc('month', t.paid_on)::date, s.side,
           case when s.side = 'BODY' then 0 else t.payer_id end,
           0, t.amount, case when t.status = 'CONFIRMED' then t.amount else 0 end, 0, 0
    from research_tranches t
    join research_projects p on p.id = t.project_id
    cross join (values ('BODY'), ('PARTY')) as s (side)
    where t.status <> 'DISPUTED'
    union all
    select r.body_id, date_trunc('month', r.contract_on)::date, s.side,
           case when s.side = 'BODY' then 0 else r.from_id end,
           0, 0, 0, 1, r.amount
    from research_transfers r
    cross join (values ('BODY'), ('PARTY')) as s (side)
    where r.status = 'CONFIRMED'
) as contributions
group by body_id, month, side, organisation_id;

insert into research_output_figures (body_id, month, side, organisation_id, kind, outputs)
select body_id, month, side, organisation_id, kind, count(*)
from (
    select p.body_id, date_trunc('month', o.recorded_on)::date as month, 'BODY' as side, 0::bigint as organisation_id,
           o.kind
    from research_outputs o
    join research_projects p on p.id = o.project_id
    union all
    select p.body_id, date_trunc('month', o.recorded_on)::date, 'PARTY', w.organisation_id, o.kind
    from research_outputs o
    join research_projects p on p.id = o.project_id
    join research_output_owners w on w.output_id = o.id
) as contributions
group by body_id, month, side, organisation_id, kind;
