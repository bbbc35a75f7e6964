-- A body's talent figures for evaluation (TalentFigureSource) over a year: per programme, the internships the
-- enterprise confirmed, the students enrolled and the hires the school confirmed in a time range, read from the
-- indexes alone (a body of 1,000,000 students and 3,000,000 internships took seconds without them; bench/evaluation.sh).
create index internships_confirmed on internships (programme_id, confirmed_at) include (student_id, enterprise_id)
    where confirmed_at is not null;
create index students_programme_created on students (programme_id, created_at);
create index hires_confirmed on hires (programme_id, decided_at) include (enterprise_id, local, in_province)
    where status = 'CONFIRMED';
