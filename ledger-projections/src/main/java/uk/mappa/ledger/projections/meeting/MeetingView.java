package uk.mappa.ledger.projections.meeting;

import java.time.Instant;

/**
 * A MAPPA meeting notice to an agency, its reply and attendance.
 *
 * @param escalatedTo {@code AGENCY_LINE_MANAGER} or {@code MAPPA_SMB} after an unexplained absence
 */
public record MeetingView(String noticeId, String smbBodyId, String agencyBodyId, Instant meetingAt, int level,
                          Instant noticeAt, boolean shortNotice, String confirmedRepresentativeRole, Boolean attended,
                          Boolean explained, String escalatedTo) {
}
