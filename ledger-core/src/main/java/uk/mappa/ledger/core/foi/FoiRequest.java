package uk.mappa.ledger.core.foi;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import uk.mappa.ledger.core.foi.FoiCommands.InformInterestedParty;
import uk.mappa.ledger.core.foi.FoiCommands.LogFoiRequest;
import uk.mappa.ledger.core.foi.FoiCommands.RecordFoiConsultation;
import uk.mappa.ledger.core.foi.FoiCommands.RecordInterestedPartyView;
import uk.mappa.ledger.core.foi.FoiCommands.ReleaseFoiResponse;
import uk.mappa.ledger.core.foi.FoiEvent.FoiConsulted;
import uk.mappa.ledger.core.foi.FoiEvent.FoiPartyInformed;
import uk.mappa.ledger.core.foi.FoiEvent.FoiPartyViewRecorded;
import uk.mappa.ledger.core.foi.FoiEvent.FoiRequestLogged;
import uk.mappa.ledger.core.foi.FoiEvent.FoiResponseReleased;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A Freedom of Information request that involves a MAPPA case, handled by the body that received it: "in
 * consultation with the MAPPA Co-ordinator and the West Yorkshire police lead. Before response is finalised and
 * released to the requester, ALL interested parties will be informed as to the likely response and their views
 * sought" (West Yorkshire memorandum). It is due by the twentieth working day after receipt (FOIA s.10).
 */
public class FoiRequest {

    static final int MAX_EXEMPTIONS = 20;

    @AggregateIdentifier
    private FoiRequestId id;
    private BodyId receivingBody;
    private BodyId smb;
    private BodyId policeLead;
    private LocalDate receivedOn;
    private LocalDate dueOn;
    private List<BodyId> interestedParties;
    private List<BodyId> parties;
    private final Set<Consultee> consulted = EnumSet.noneOf(Consultee.class);
    private final Set<BodyId> informed = new HashSet<>();
    private final Set<BodyId> viewsRecorded = new HashSet<>();
    private boolean released;

    protected FoiRequest() {
        // for Axon
    }

    @CommandHandler
    public FoiRequest(LogFoiRequest command, BodyRegister bodies) {
        RegisteredBody receiving = registered(bodies, command.receivingBody());
        requireHandlerOf(command.actor(), receiving.id());
        RegisteredBody smbBody = registered(bodies, command.smb());
        if (smbBody.kind() != BodyKind.SMB || !smbBody.area().equals(receiving.area())) {
            throw RuleViolation.unprocessable("not-the-areas-smb", command.smb() + " is not the SMB of the MAPPA area"
                    + " of " + receiving.id() + ".");
        }
        RegisteredBody police = registered(bodies, command.policeLead());
        if (police.kind() != BodyKind.RA_AGENCY || !police.area().equals(receiving.area())) {
            throw RuleViolation.unprocessable("not-the-areas-police", command.policeLead() + " is not a Responsible"
                    + " Authority agency of the MAPPA area of " + receiving.id() + ".");
        }
        Set<BodyId> seen = new HashSet<>();
        for (BodyId party : command.interestedParties()) {
            registered(bodies, party);
            if (!seen.add(party) || party.equals(command.receivingBody())) {
                throw RuleViolation.unprocessable("duplicate-party", party + " is named twice, or is the receiving body.");
            }
        }
        if (command.receivedOn().isAfter(AgreementTerms.dayOf(command.now()))) {
            throw RuleViolation.unprocessable("received-in-future", "Log a request that has been received.");
        }
        apply(new FoiRequestLogged(command.requestId(), command.receivingBody(), command.receivedOn(),
                UkBankHolidays.twentiethWorkingDayAfter(command.receivedOn()), Require.text("summary", command.summary()),
                command.smb(), command.policeLead(), command.interestedParties(), command.actor().userId()));
    }

    @CommandHandler
    void handle(RecordFoiConsultation command) {
        requireOpenAndHandledBy(command.actor());
        apply(new FoiConsulted(id, parties, command.consultee(),
                command.consultee() == Consultee.MAPPA_COORDINATOR ? smb : policeLead,
                Require.text("view", command.view()), command.actor().userId()));
    }

    @CommandHandler
    void handle(InformInterestedParty command) {
        requireOpenAndHandledBy(command.actor());
        requireInterested(command.party());
        apply(new FoiPartyInformed(id, parties, command.party(), Require.text("likelyResponse", command.likelyResponse()),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(RecordInterestedPartyView command) {
        requireOpenAndHandledBy(command.actor());
        requireInterested(command.party());
        if (!informed.contains(command.party())) {
            throw RuleViolation.unprocessable("party-not-informed", command.party() + " has not been told the likely"
                    + " response yet.");
        }
        apply(new FoiPartyViewRecorded(id, parties, command.party(), Require.text("view", command.view()),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(ReleaseFoiResponse command) {
        requireOpenAndHandledBy(command.actor());
        for (Consultee consultee : Consultee.values()) {
            if (!consulted.contains(consultee)) {
                throw RuleViolation.unprocessable("consultation-missing", "Consult the " + consultee
                        + " before the response is released.");
            }
        }
        List<BodyId> notHeard = interestedParties.stream().filter(party -> !viewsRecorded.contains(party)).toList();
        if (!notHeard.isEmpty()) {
            throw RuleViolation.unprocessable("interested-party-not-heard", "Tell " + notHeard + " the likely response"
                    + " and record their views before it is released.");
        }
        if (command.releasedOn().isBefore(receivedOn)
                || command.releasedOn().isAfter(AgreementTerms.dayOf(command.now()))) {
            throw RuleViolation.unprocessable("invalid-release-date", "A response is released after the request was"
                    + " received and not after today.");
        }
        if (command.outcome().reliesOnExemptions() == command.exemptions().isEmpty()) {
            throw RuleViolation.unprocessable("exemptions-mismatch", command.outcome().reliesOnExemptions()
                    ? "Name the exemptions relied on to withhold information." : "Nothing was withheld: name no exemption.");
        }
        if (command.exemptions().size() > MAX_EXEMPTIONS) {
            throw RuleViolation.unprocessable("too-many-exemptions", "At most " + MAX_EXEMPTIONS + " exemptions.");
        }
        List<String> exemptions = command.exemptions().stream()
                .map(exemption -> Require.text("exemption", exemption, 300)).toList();
        apply(new FoiResponseReleased(id, parties, command.releasedOn(), command.outcome(), exemptions,
                command.releasedOn().isAfter(dueOn), command.actor().userId()));
    }

    private void requireOpenAndHandledBy(Actor actor) {
        requireHandlerOf(actor, receivingBody);
        if (released) {
            throw RuleViolation.conflict("foi-response-released", "The response has been released.");
        }
    }

    private void requireInterested(BodyId party) {
        if (!interestedParties.contains(party)) {
            throw RuleViolation.unprocessable("not-an-interested-party", party + " is not an interested party of this"
                    + " request.");
        }
    }

    /** The body's business manager, or in a partnership its chair, handles what it received. */
    private static void requireHandlerOf(Actor actor, BodyId body) {
        if (!actor.actsFor(body, Role.BUSINESS_MANAGER) && !actor.actsFor(body, Role.CHAIR)) {
            throw RuleViolation.forbidden("not-receiving-body-officer", "Only the business manager or chair of " + body
                    + ", which received the request, handles it.");
        }
    }

    private static RegisteredBody registered(BodyRegister bodies, BodyId body) {
        return bodies.find(body).orElseThrow(() -> RuleViolation.unprocessable("unknown-body", "The body '" + body
                + "' is not in the register; see GET /api/bodies."));
    }

    @EventSourcingHandler
    void on(FoiRequestLogged event) {
        id = event.requestId();
        receivingBody = event.receivingBody();
        smb = event.smb();
        policeLead = event.policeLead();
        receivedOn = event.receivedOn();
        dueOn = event.dueOn();
        interestedParties = event.interestedParties();
        parties = event.parties();
    }

    @EventSourcingHandler
    void on(FoiConsulted event) {
        consulted.add(event.consultee());
    }

    @EventSourcingHandler
    void on(FoiPartyInformed event) {
        informed.add(event.party());
        // Told a new likely response, the party is asked for its view again.
        viewsRecorded.remove(event.party());
    }

    @EventSourcingHandler
    void on(FoiPartyViewRecorded event) {
        viewsRecorded.add(event.party());
    }

    @EventSourcingHandler
    void on(FoiResponseReleased event) {
        released = true;
    }
}
