-- Subject keys are stored wrapped by a key-encryption key that is not in the database; kek_id names the
-- key that wrapped each one (null for a key written before wrapping, which the ledger wraps at start-up).
alter table subject_key add column kek_id varchar(16);
