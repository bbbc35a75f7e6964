-- The import engine keeps one shape of problem for every import (core.imports.SheetProblem). Student sheets never
-- keep the value (it may be a personal number): the column stays empty here.
alter table student_import_problems add column value varchar(300);
