-- SFO notifications and MAPPA meeting notices are listed newest first a page at a time (keyset paging on the
-- time, then the id), for every body or for the bodies a reader may see.
create index sfo_notification_by_time on sfo_notification (notified_at, notification_id);
create index sfo_notification_by_smb on sfo_notification (smb_body_id, notified_at, notification_id);
create index sfo_notification_by_lscb on sfo_notification (lscb_body_id, notified_at, notification_id);
create index mappa_meeting_notice_by_time on mappa_meeting_notice (meeting_at, notice_id);
create index mappa_meeting_notice_by_smb on mappa_meeting_notice (smb_body_id, meeting_at, notice_id);
create index mappa_meeting_notice_by_agency_time on mappa_meeting_notice (agency_body_id, meeting_at, notice_id);
