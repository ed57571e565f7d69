package uk.mappa.ledger.core.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The agency returned the confirmation-of-attendance slip, naming its representative's role. */
@Revision("1")
public record AttendanceConfirmed(String noticeId, BodyId smb, BodyId agency, String representativeRole,
                                  Instant confirmedAt, String confirmedBy) implements MeetingEvent {

    @Override
    public String summary() {
        return agency + " confirmed attendance at MAPPA meeting " + noticeId + " by its " + representativeRole;
    }
}
