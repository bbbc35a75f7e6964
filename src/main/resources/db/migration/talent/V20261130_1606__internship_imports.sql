-- Imports of internship records share the job table with student imports.
alter table student_imports add column kind varchar(16) not null default 'STUDENTS';
