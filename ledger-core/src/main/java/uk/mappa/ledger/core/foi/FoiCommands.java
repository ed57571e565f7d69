package uk.mappa.ledger.core.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** The handling of a Freedom of Information request that involves a MAPPA case. */
public final class FoiCommands {

    private FoiCommands() {
    }

    /**
     * A request received by a body, logged with its statutory due date.
     *
     * @param summary            what is asked for, in terms that name no person
     * @param smb                the area's SMB, whose MAPPA co-ordinator is consulted
     * @param policeLead         the police force whose lead is consulted
     * @param interestedParties  every other body with an interest, told the likely response before release
     */
    public record LogFoiRequest(@TargetAggregateIdentifier FoiRequestId requestId, BodyId receivingBody,
                                LocalDate receivedOn, String summary, BodyId smb, BodyId policeLead,
                                List<BodyId> interestedParties, Instant now, Actor actor) {

        public LogFoiRequest {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(receivingBody, "receivingBody");
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(smb, "smb");
            Objects.requireNonNull(policeLead, "policeLead");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
            interestedParties = List.copyOf(interestedParties);
        }
    }

    /** The MAPPA co-ordinator or the police lead was consulted, and said this. */
    public record RecordFoiConsultation(@TargetAggregateIdentifier FoiRequestId requestId, Consultee consultee,
                                        String view, Actor actor) {

        public RecordFoiConsultation {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(consultee, "consultee");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** An interested party was told the likely response. */
    public record InformInterestedParty(@TargetAggregateIdentifier FoiRequestId requestId, BodyId party,
                                        String likelyResponse, Actor actor) {

        public InformInterestedParty {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** An interested party, once told, gave its view. */
    public record RecordInterestedPartyView(@TargetAggregateIdentifier FoiRequestId requestId, BodyId party,
                                            String view, Actor actor) {

        public RecordInterestedPartyView {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * The response was sent to the requester.
     *
     * @param exemptions the exemptions relied on (e.g. "s.40(2) personal information"), when information was withheld
     */
    public record ReleaseFoiResponse(@TargetAggregateIdentifier FoiRequestId requestId, LocalDate releasedOn,
                                     FoiOutcome outcome, List<String> exemptions, Instant now, Actor actor) {

        public ReleaseFoiResponse {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(releasedOn, "releasedOn");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
            exemptions = List.copyOf(exemptions);
        }
    }
}
