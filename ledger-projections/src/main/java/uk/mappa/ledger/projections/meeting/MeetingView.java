package uk.mappa.ledger.projections.meeting;

import java.time.Instant;
import uk.mappa.ledger.core.meeting.MeetingNotified;
import uk.mappa.ledger.projections.contact.Addressee;

/**
 * A MAPPA meeting notice to an agency, its reply and attendance.
 *
 * @param escalatedTo {@code AGENCY_LINE_MANAGER} or {@code MAPPA_SMB} after an unexplained absence
 * @param addressedTo the agency's post the notice goes to and who holds it now (the children's services SPOC,
 *                    else the nominee for the meeting's level), decided when read; null if it has none
 */
public record MeetingView(String noticeId, String smbBodyId, String agencyBodyId, Instant meetingAt, int level,
                          Instant noticeAt, boolean shortNotice, String confirmedRepresentativeRole, Boolean attended,
                          Boolean explained, String escalatedTo, Addressee addressedTo) {

    /** A notice as it was sent, before any reply or attendance. */
    public static MeetingView notified(MeetingNotified event) {
        return new MeetingView(event.noticeId(), event.smb().value(), event.agency().value(), event.meetingAt(),
                event.level(), event.noticeAt(), event.shortNoticeReason() != null, null, null, null, null, null);
    }

    /** The same notice, addressed to the post that holds it now. */
    public MeetingView addressedTo(Addressee addressee) {
        return new MeetingView(noticeId, smbBodyId, agencyBodyId, meetingAt, level, noticeAt, shortNotice,
                confirmedRepresentativeRole, attended, explained, escalatedTo, addressee);
    }
}
