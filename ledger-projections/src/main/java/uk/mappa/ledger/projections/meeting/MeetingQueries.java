package uk.mappa.ledger.projections.meeting;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/** Questions about MAPPA meeting notices. */
public final class MeetingQueries {

    private MeetingQueries() {
    }

    /** Notices to or from these bodies (null for all), most recent meeting first; escalated ones only if asked. */
    public record FindMeetingNotices(Set<BodyId> bodies, boolean escalatedOnly) implements LedgerQuery<List<MeetingView>> {

        @Override
        public ResponseType<List<MeetingView>> responseType() {
            return ResponseTypes.multipleInstancesOf(MeetingView.class);
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
