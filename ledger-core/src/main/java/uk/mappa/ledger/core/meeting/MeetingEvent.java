package uk.mappa.ledger.core.meeting;

import java.util.List;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that happens to a MAPPA meeting notification sent to an agency's single point of contact. */
public sealed interface MeetingEvent extends LedgerEvent
        permits MeetingNotified, AttendanceConfirmed, AttendanceRecorded, NonAttendanceEscalated {

    String noticeId();

    BodyId smb();

    /** The agency whose single point of contact was notified, e.g. a local authority's children's services. */
    BodyId agency();

    @Override
    default List<BodyId> bodiesInvolved() {
        return List.of(smb(), agency());
    }
}
