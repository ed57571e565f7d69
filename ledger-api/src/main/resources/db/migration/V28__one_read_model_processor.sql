-- Every read model is now fed by one streaming processor, 'read-models', which reads and decodes each stored event
-- once for all of them, where each had a processor of its own. The new processor starts from the first event, so the
-- read models are emptied here and rebuilt from the events on the next start; the old processors' positions go.
delete from audit_entry_body;
delete from audit_entry;
delete from audit_share_context;
delete from holding;
delete from shares_by_month;
delete from agreement_party;
delete from agreement_record;
delete from legislative_change;
delete from csods_missed_deadline;
delete from csods_case_subject;
delete from csods_case;
delete from certificate_record;
delete from sfo_notification;
delete from mappa_meeting_notice;
delete from register_body;
update register_version set version = version + 1 where id = 1;
delete from annual_report;
delete from review_timescales;
delete from case_review;
delete from minutes_disclosure;
delete from minutes_request;
delete from foi_request_party;
delete from foi_request;
delete from contact_post;
delete from token_entry where processor_name in ('audit-trail', 'holdings', 'agreements', 'csods', 'certificates',
    'sfo-notifications', 'mappa-meetings', 'register', 'boards-processes');
