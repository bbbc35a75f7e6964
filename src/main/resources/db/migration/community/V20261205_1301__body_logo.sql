-- A body's emblem (issue 14: a header with the platform's and the body's logo): a PNG or JPEG in the file store.
alter table bodies add column logo_file_id uuid references stored_files (id);
