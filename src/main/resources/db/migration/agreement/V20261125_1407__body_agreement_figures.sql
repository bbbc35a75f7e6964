-- A body's agreement figures by kind and status: the sums of agreement_figures, kept by AgreementFigures with the
-- exact difference between an agreement's old and new row (ADR 0010). Summing 50,000 rows per request cost 30 ms.
create table body_agreement_figures (
    body_id           bigint         not null,
    kind              varchar(40)    not null,
    status            varchar(20)    not null,
    agreements        int            not null,
    committed_yuan    numeric(18, 2) not null,
    confirmed_periods bigint         not null,
    reported_yuan     numeric(18, 2) not null,
    primary key (body_id, kind, status)
);

insert into body_agreement_figures (body_id, kind, status, agreements, committed_yuan, confirmed_periods, reported_yuan)
select body_id, kind, status, count(*), sum(committed_yuan), sum(confirmed_periods), sum(reported_yuan)
from agreement_figures where body_id is not null group by body_id, kind, status;
