package uk.mappa.ledger.core.minutes;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.minutes.MinutesCommands.DecideMinutesRequest;
import uk.mappa.ledger.core.minutes.MinutesCommands.RequestMinutes;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A request to disclose the minutes of a MAPPA meeting. "Any request to disclose the minutes must be made to the
 * relevant chair. They will decide what if anything to disclose. In any event any disclosure will be undertaken
 * through the Executive Summary prepared and agreed by the relevant chair" (West Yorkshire memorandum); requests
 * from those not at the meeting, offenders and their representatives alike are referred to the chair.
 */
public class MinutesRequest {

    @AggregateIdentifier
    private MinutesRequestId id;
    private MinutesDecision state;

    protected MinutesRequest() {
        // for Axon
    }

    @CommandHandler
    public MinutesRequest(RequestMinutes command, BodyRegister bodies) {
        RegisteredBody smb = registered(bodies, command.smb(), "SMB");
        if (smb.kind() != BodyKind.SMB) {
            throw RuleViolation.unprocessable("not-an-smb", command.smb() + " is not a Strategic Management Board.");
        }
        RegisteredBody chair = registered(bodies, command.chairBody(), "chairing agency");
        if (!command.actor().actsFor(smb.id(), Role.MAPPA_COORDINATOR)
                && !command.actor().actsFor(smb.id(), Role.BUSINESS_MANAGER)
                && !command.actor().actsFor(chair.id(), Role.BUSINESS_MANAGER)
                && !command.actor().actsFor(chair.id(), Role.CHAIR)) {
            throw RuleViolation.forbidden("not-meeting-officer", "A request for MAPPA minutes is recorded by the SMB's"
                    + " MAPPA co-ordinator or business manager, or by the chairing agency.");
        }
        if (!chair.area().equals(smb.area())) {
            throw RuleViolation.unprocessable("chair-outside-area", command.chairBody() + " is not of the MAPPA area of "
                    + command.smb() + ".");
        }
        if (command.requester().isRegisteredBody() != (command.requesterBody() != null)) {
            throw RuleViolation.unprocessable("requester-body-mismatch", command.requester().isRegisteredBody()
                    ? "Name the requesting body." : "An offender or their representative is a person: name no body.");
        }
        if (command.requesterBody() != null) {
            registered(bodies, command.requesterBody(), "requesting body");
        }
        if (command.meetingLevel() < 2 || command.meetingLevel() > 3) {
            throw RuleViolation.unprocessable("invalid-meeting-level", "MAPPA meetings are held at level 2 or 3.");
        }
        LocalDate today = AgreementTerms.dayOf(command.now());
        if (command.receivedOn().isAfter(today) || command.meetingOn().isAfter(today)) {
            throw RuleViolation.unprocessable("date-in-future", "Record a meeting held and a request received.");
        }
        apply(new MinutesRequested(command.requestId(), command.smb(), command.chairBody(), command.meetingOn(),
                command.meetingLevel(), command.requester(), command.requesterBody(),
                Require.text("purpose", command.purpose()), command.receivedOn(), command.actor().userId()));
    }

    @CommandHandler
    void handle(DecideMinutesRequest command) {
        requireChair(command.actor(), state.chairBody());
        if (state.decided()) {
            throw RuleViolation.conflict("already-decided", "The chair has already decided this request.");
        }
        if (command.disclose() != (command.executiveSummary() != null)) {
            throw RuleViolation.unprocessable("executive-summary-mismatch", command.disclose()
                    ? "A disclosure is of the executive summary the chair agreed: give its SHA-256."
                    : "A refusal discloses no executive summary.");
        }
        apply(new MinutesRequestDecided(id, state.smb(), state.chairBody(), state.requesterBody(), command.disclose(),
                Require.text("reasons", command.reasons()), command.executiveSummary(), command.actor().userId()));
    }

    private static void requireChair(Actor actor, BodyId chairBody) {
        if (!actor.actsFor(chairBody, Role.CHAIR)) {
            throw RuleViolation.forbidden("not-meeting-chair", "Only the chair of the meeting (a CHAIR of "
                    + chairBody + ") decides what, if anything, to disclose.");
        }
    }

    private static RegisteredBody registered(BodyRegister bodies, BodyId body, String role) {
        return bodies.find(body).orElseThrow(() -> RuleViolation.unprocessable("unknown-body", "The " + role + " '"
                + body + "' is not in the register; see GET /api/bodies."));
    }

    @EventSourcingHandler
    void on(MinutesEvent event) {
        state = MinutesDecision.evolve(state, event);
        id = state.id();
    }
}
