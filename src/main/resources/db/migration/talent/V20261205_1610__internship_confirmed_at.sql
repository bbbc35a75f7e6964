-- When the enterprise first evaluated the internship (its confirmation); null while it has not. The workbench's
-- "internships to evaluate" reads the partial index instead of looking for an evaluation under every internship.
alter table internships add column confirmed_at timestamptz;

update internships i set confirmed_at = e.first_at
from (select internship_id, min(evaluated_at) first_at from internship_evaluations
      where side = 'ENTERPRISE' group by internship_id) e
where e.internship_id = i.id;

create index internships_to_evaluate on internships (enterprise_id, starts_on, id) where confirmed_at is null;

-- Hires waiting for the employer's confirmation, oldest first, for the same workbench.
create index hires_to_confirm on hires (enterprise_id, hired_on, id) where status = 'HIRED';

analyze internships, hires;
