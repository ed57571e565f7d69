package uk.mappa.ledger.core.meeting;

import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * An unexplained absence was escalated as the Merseyside procedure says: the chair contacts the agency and
 * its line manager; a repeat failure goes to the MAPPA SMB through the co-ordinator.
 *
 * @param to {@code AGENCY_LINE_MANAGER} or {@code MAPPA_SMB}
 */
@Revision("1")
public record NonAttendanceEscalated(String noticeId, BodyId smb, BodyId agency, String to, int unexplainedAbsences)
        implements MeetingEvent {

    public static final String TO_LINE_MANAGER = "AGENCY_LINE_MANAGER";
    public static final String TO_SMB = "MAPPA_SMB";

    @Override
    public String summary() {
        return "Unexplained absence of " + agency + " from MAPPA meeting " + noticeId + " escalated to "
                + (TO_SMB.equals(to) ? "the MAPPA SMB (repeat failure, " + unexplainedAbsences + " in all)"
                : "the agency's line manager by the chair");
    }
}
