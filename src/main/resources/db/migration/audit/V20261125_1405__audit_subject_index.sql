-- An agreement's timeline reads its records by subject ("agreement:7" and "agreement:7/obligation:12").
create index audit_records_subject on audit_records (subject varchar_pattern_ops, occurred_at);
