package uk.mappa.ledger.core.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ContentDigest;

/** Requests to disclose MAPPA minutes, referred to the meeting's chair, and the chair's decisions. */
public final class MinutesCommands {

    private MinutesCommands() {
    }

    /**
     * A request received, referred to the chair of the meeting.
     *
     * @param smb           the SMB of the MAPPA area whose meeting it was
     * @param chairBody     the agency whose senior manager chaired the meeting
     * @param meetingLevel  2 or 3
     * @param requesterBody the requesting body; null for an offender or their representative
     * @param purpose       why the requester wants the minutes, as they put it
     */
    public record RequestMinutes(@TargetAggregateIdentifier MinutesRequestId requestId, BodyId smb, BodyId chairBody,
                                 LocalDate meetingOn, int meetingLevel, Requester requester, BodyId requesterBody,
                                 String purpose, LocalDate receivedOn, Instant now, Actor actor) {

        public RequestMinutes {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(smb, "smb");
            Objects.requireNonNull(chairBody, "chairBody");
            Objects.requireNonNull(meetingOn, "meetingOn");
            Objects.requireNonNull(requester, "requester");
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * The chair's decision, with reasons: what, if anything, to disclose, always through an executive summary
     * the chair agreed.
     *
     * @param executiveSummary the digest of the agreed executive summary; required to disclose, absent to refuse
     */
    public record DecideMinutesRequest(@TargetAggregateIdentifier MinutesRequestId requestId, boolean disclose,
                                       String reasons, ContentDigest executiveSummary, Instant now, Actor actor) {

        public DecideMinutesRequest {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
