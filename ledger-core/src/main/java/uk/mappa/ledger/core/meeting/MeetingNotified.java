package uk.mappa.ledger.core.meeting;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * An agency's SPOC was notified of a level 2 or 3 MAPPA meeting, at least 14 days ahead unless the reason
 * for short notice is recorded.
 */
@Revision("1")
public record MeetingNotified(String noticeId, BodyId smb, BodyId agency, Instant meetingAt, int level,
                              Instant noticeAt, String shortNoticeReason, String notifiedBy) implements MeetingEvent {

    @Override
    public String summary() {
        return smb + " notified " + agency + " of a level " + level + " MAPPA meeting on " + meetingAt
                + (shortNoticeReason == null ? "" : " at short notice (reason recorded)");
    }
}
