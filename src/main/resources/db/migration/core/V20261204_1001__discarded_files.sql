-- Uploaded sheets of imports hold personal data (ID and mobile numbers, contacts): their bytes are deleted once the
-- import ends (a rejected one's after a retention period); the row stays, so the import still names its file.
alter table stored_files add column discarded_at timestamptz;
