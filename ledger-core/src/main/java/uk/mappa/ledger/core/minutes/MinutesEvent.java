package uk.mappa.ledger.core.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ContentDigest;

/** Everything that happens to a request to disclose MAPPA minutes. */
public sealed interface MinutesEvent extends LedgerEvent {

    MinutesRequestId requestId();

    BodyId smb();

    BodyId chairBody();

    /** The requesting body, or null for an offender or their representative. */
    BodyId requesterBody();

    @Override
    default List<BodyId> bodiesInvolved() {
        return Stream.of(smb(), chairBody(), requesterBody()).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** A request to disclose minutes was received and referred to the meeting's chair. */
    @Revision("1")
    record MinutesRequested(MinutesRequestId requestId, BodyId smb, BodyId chairBody, LocalDate meetingOn,
                            int meetingLevel, Requester requester, BodyId requesterBody, String purpose,
                            LocalDate receivedOn, String recordedBy) implements MinutesEvent {

        @Override
        public String summary() {
            return requester + (requesterBody == null ? "" : " " + requesterBody) + " asked for the minutes of the"
                    + " level " + meetingLevel + " MAPPA meeting of " + meetingOn + "; referred to the chair ("
                    + chairBody + ")";
        }
    }

    /** The chair decided, with reasons, whether to disclose an executive summary of the minutes. */
    @Revision("1")
    record MinutesRequestDecided(MinutesRequestId requestId, BodyId smb, BodyId chairBody, BodyId requesterBody,
                                 boolean disclose, String reasons, ContentDigest executiveSummary, String decidedBy)
            implements MinutesEvent {

        @Override
        public String summary() {
            return "The chair " + (disclose ? "agreed to disclose an executive summary of" : "refused to disclose")
                    + " the minutes requested in " + requestId + ": " + reasons;
        }
    }
}
