-- Changes are audited with their before and after values (agreements first); they outgrow 1,000 characters.
alter table audit_records alter column detail type text;
