-- A share is read from its own events (as a command's response already was), so a read straight after a
-- write always shows it, on any node; the share read model and its processor's tokens are retired.
drop table share_record;
delete from token_entry where processor_name = 'shares';
