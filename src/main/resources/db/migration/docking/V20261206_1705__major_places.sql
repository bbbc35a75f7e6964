-- A major's planned places a year (计划招生人数), for majors against demand (issue 16).
alter table capabilities add column places integer;
