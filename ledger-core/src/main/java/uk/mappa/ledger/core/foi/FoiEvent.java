package uk.mappa.ledger.core.foi;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that happens to a Freedom of Information request involving a MAPPA case. */
public sealed interface FoiEvent extends LedgerEvent {

    FoiRequestId requestId();

    /** The receiving body first, then the SMB, the police force and the interested parties. */
    List<BodyId> parties();

    @Override
    default List<BodyId> bodiesInvolved() {
        return parties();
    }

    static List<BodyId> parties(BodyId receivingBody, BodyId smb, BodyId policeLead, List<BodyId> interested) {
        return Stream.concat(Stream.of(receivingBody, smb, policeLead), interested.stream()).distinct().toList();
    }

    /** A request was logged with the day it must be answered by: the twentieth working day after receipt. */
    @Revision("1")
    record FoiRequestLogged(FoiRequestId requestId, BodyId receivingBody, LocalDate receivedOn, LocalDate dueOn,
                            String summary, BodyId smb, BodyId policeLead, List<BodyId> interestedParties,
                            String loggedBy) implements FoiEvent {

        public FoiRequestLogged {
            interestedParties = List.copyOf(interestedParties);
        }

        @Override
        public List<BodyId> parties() {
            return FoiEvent.parties(receivingBody, smb, policeLead, interestedParties);
        }

        @Override
        public String summary() {
            return receivingBody + " logged an FOI request involving a MAPPA case, received " + receivedOn
                    + " and due by " + dueOn;
        }
    }

    /** The MAPPA co-ordinator or the police lead was consulted. */
    @Revision("1")
    record FoiConsulted(FoiRequestId requestId, List<BodyId> parties, Consultee consultee, BodyId consulteeBody,
                        String view, String recordedBy) implements FoiEvent {

        public FoiConsulted {
            parties = List.copyOf(parties);
        }

        @Override
        public String summary() {
            return "FOI request " + requestId + ": " + consultee + " of " + consulteeBody + " consulted";
        }
    }

    /** An interested party was told the likely response. */
    @Revision("1")
    record FoiPartyInformed(FoiRequestId requestId, List<BodyId> parties, BodyId party, String likelyResponse,
                            String recordedBy) implements FoiEvent {

        public FoiPartyInformed {
            parties = List.copyOf(parties);
        }

        @Override
        public String summary() {
            return "FOI request " + requestId + ": " + party + " told the likely response";
        }
    }

    /** An interested party gave its view on the likely response. */
    @Revision("1")
    record FoiPartyViewRecorded(FoiRequestId requestId, List<BodyId> parties, BodyId party, String view,
                                String recordedBy) implements FoiEvent {

        public FoiPartyViewRecorded {
            parties = List.copyOf(parties);
        }

        @Override
        public String summary() {
            return "FOI request " + requestId + ": view of " + party + " recorded";
        }
    }

    /** The response was released to the requester; {@code late} when after the due date. */
    @Revision("1")
    record FoiResponseReleased(FoiRequestId requestId, List<BodyId> parties, LocalDate releasedOn, FoiOutcome outcome,
                               List<String> exemptions, boolean late, String releasedBy) implements FoiEvent {

        public FoiResponseReleased {
            parties = List.copyOf(parties);
            exemptions = List.copyOf(exemptions);
        }

        @Override
        public String summary() {
            return "FOI request " + requestId + " answered on " + releasedOn + ": " + outcome
                    + (exemptions.isEmpty() ? "" : " (" + String.join("; ", exemptions) + ")") + (late ? ", late" : "");
        }
    }
}
