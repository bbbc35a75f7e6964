-- Where and how an account hears of what waits for it (notifications, issue 14): optional e-mail, language, each or daily.
alter table accounts add column email varchar(254);
alter table accounts add column language varchar(10) not null default 'zh-CN';
alter table accounts add column notifying varchar(10) not null default 'EACH';
