-- Read model of the body dashboard, derived from agreements, parties, obligations and their events and rebuilt per
-- agreement after each change (AgreementFigures): summing 500,000 obligation rows per request was too slow (ADR 0010).
create table agreement_figures (
    agreement_id      bigint         primary key references agreements (id) on delete cascade,
    body_id           bigint,
    kind              varchar(40)    not null,
    status            varchar(20)    not null,
    committed_yuan    numeric(18, 2) not null,
    confirmed_periods int            not null,
    reported_yuan     numeric(18, 2) not null
);
create index agreement_figures_body on agreement_figures (body_id, kind, status)
    include (committed_yuan, confirmed_periods, reported_yuan);

-- Obligations that are due and not fulfilled: not fulfilled, of a signed or in-force agreement.
create table obligation_dues (
    obligation_id bigint primary key references obligations (id) on delete cascade,
    agreement_id  bigint not null references agreements (id) on delete cascade,
    body_id       bigint,
    due_on        date   not null
);
create index obligation_dues_body on obligation_dues (body_id, due_on);
create index obligation_dues_agreement on obligation_dues (agreement_id, due_on);

-- Existing agreements (the same statements as AgreementFigures, for all at once).
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
from agreements a;

insert into obligation_dues (obligation_id, agreement_id, body_id, due_on)
select o.id, o.agreement_id, a.body_id, o.due_on
from obligations o join agreements a on a.id = o.agreement_id
where a.status in ('SIGNED', 'IN_FORCE') and o.status <> 'FULFILLED';
