package uk.mappa.ledger.core.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** Whether the agency's representative attended, and if not, whether the absence was explained. */
@Revision("1")
public record AttendanceRecorded(String noticeId, BodyId smb, BodyId agency, boolean attended, boolean explained,
                                 String explanation, Instant recordedAt, String recordedBy) implements MeetingEvent {

    @Override
    public String summary() {
        return attended ? agency + " attended MAPPA meeting " + noticeId
                : agency + " did not attend MAPPA meeting " + noticeId + (explained ? " (explained)" : " without explanation");
    }
}
