-- The secretariat's own sections of the annual report (年度质量报告), in order.
create table evaluation_report_sections (
    evaluation_id bigint        not null references evaluations (id) on delete cascade,
    position      int           not null,
    title         varchar(100)  not null,
    text          varchar(10000) not null,
    primary key (evaluation_id, position)
);
