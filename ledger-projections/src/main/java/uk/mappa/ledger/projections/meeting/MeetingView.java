package uk.mappa.ledger.projections.meeting;

import java.time.Instant;
import uk.mappa.ledger.core.meeting.MeetingNotified;

/**
 * A MAPPA meeting notice to an agency, its reply and attendance.
 *
 * @param escalatedTo {@code AGENCY_LINE_MANAGER} or {@code MAPPA_SMB} after an unexplained absence
 */
public record MeetingView(String noticeId, String smbBodyId, String agencyBodyId, Instant meetingAt, int level,
                          Instant noticeAt, boolean shortNotice, String confirmedRepresentativeRole, Boolean attended,
                          Boolean explained, String escalatedTo) {

    /** A notice as it was sent, before any reply or attendance. */
    public static MeetingView notified(MeetingNotified event) {
        return new MeetingView(event.noticeId(), event.smb().value(), event.agency().value(), event.meetingAt(),
                event.level(), event.noticeAt(), event.shortNoticeReason() != null, null, null, null, null);
    }
}
