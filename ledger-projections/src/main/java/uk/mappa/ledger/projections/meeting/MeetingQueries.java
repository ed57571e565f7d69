package uk.mappa.ledger.projections.meeting;

import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/** Questions about MAPPA meeting notices. */
public final class MeetingQueries {

    private MeetingQueries() {
    }

    /**
     * A page of the notices to or from these bodies (null for all), the latest meeting first, after a cursor (null
     * for the first page); escalated ones only if asked.
     */
    public record FindMeetingNotices(Set<BodyId> bodies, boolean escalatedOnly, int size, Keyset after)
            implements LedgerQuery<MeetingPage> {

        public FindMeetingNotices {
            Page.requireSize(size);
        }

        @Override
        public ResponseType<MeetingPage> responseType() {
            return ResponseTypes.instanceOf(MeetingPage.class);
        }
    }

    /** How many meetings an agency has missed without explanation. */
    public record CountUnexplainedAbsences(BodyId agency) implements LedgerQuery<Integer> {

        @Override
        public ResponseType<Integer> responseType() {
            return ResponseTypes.instanceOf(Integer.class);
        }
    }
}
