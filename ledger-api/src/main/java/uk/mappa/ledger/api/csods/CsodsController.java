package uk.mappa.ledger.api.csods;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.AggregateHistory;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.csods.CsodsCommands;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.csods.CsodsEvent;
import uk.mappa.ledger.core.personal.PersonDetails;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.csods.CsodsCasePage;
import uk.mappa.ledger.projections.csods.CsodsCaseView;
import uk.mappa.ledger.projections.csods.CsodsQuarter;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindCsodsFigures;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindMissedCsodsDeadlines;
import uk.mappa.ledger.projections.csods.MissedCsodsDeadline;

@RestController
@RequestMapping(path = "/api/csods", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "CSODS", description = "Child Sex Offender Disclosure Scheme cases, stage by stage")
class CsodsController {

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final AggregateHistory history;
    private final PersonalDataVault vault;
    private final CsodsProperties properties;
    private final CsodsCases cases;
    private final Clock clock;

    CsodsController(Commands commands, Queries queries, ReadAccess access, AggregateHistory history,
                    PersonalDataVault vault, CsodsProperties properties, CsodsCases cases, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.history = history;
        this.vault = vault;
        this.properties = properties;
        this.cases = cases;
        this.clock = clock;
    }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive an application", description = "By a CSODS officer of the force. Names, dates of"
            + " birth, addresses and free text are encrypted under each person's own key before they are recorded;"
            + " each person in the response carries the subjectId their data is held under.")
    ResponseEntity<CaseResponse> receive(@Valid @RequestBody CsodsRequests.Application application, Actor actor) {
        BodyId force = ownForce(actor);
        CaseId id = CaseId.random();
        CaseResponse received = commands.send(new CsodsCommands.ReceiveApplication(id, force,
                application.applicant().toDetails(), application.subject().toDetails(),
                application.children().stream().map(CsodsRequests.Person::toDetails).toList(),
                application.relationship(), at(application.receivedAt()), properties.limitsFor(force), actor),
                () -> CaseResponse.of(recorded(id), vault));
        return ResponseEntity.created(URI.create("/api/csods/cases/" + id)).body(received);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case", description = "For the owning force's CSODS officers, IG leads of its area and"
            + " auditors; to anyone else it does not exist. Read from the case's own events, so it shows every stage"
            + " as soon as the request that recorded it has been answered; an erased person's details cannot be"
            + " opened.")
    CaseResponse caseOf(@PathVariable String id, Actor actor) {
        CsodsCaseView view = recorded(parse(id));
        access.requireMayReadCsodsCase(actor, new BodyId(view.force()), notFound(id));
        return CaseResponse.of(view, vault);
    }

    @PostMapping(path = "/cases/{id}/initial-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Initial checks completed")
    CaseResponse initialChecks(@PathVariable String id, @RequestBody CsodsRequests.Stage stage, Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.CompleteInitialChecks(caseId, at(stage.at()), actor));
    }

    @PostMapping(path = "/cases/{id}/face-to-face-meeting", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Face-to-face meeting held", description = "The case goes on only with the identity verified.")
    CaseResponse faceToFace(@PathVariable String id, @Valid @RequestBody CsodsRequests.FaceToFaceMeeting meeting,
                            Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.HoldFaceToFaceMeeting(caseId, at(meeting.at()),
                meeting.identityVerified(), actor));
    }

    @PostMapping(path = "/cases/{id}/risk-assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Risk assessment completed", description = "MAPPA category and level where known.")
    CaseResponse riskAssessment(@PathVariable String id, @Valid @RequestBody CsodsRequests.RiskAssessment assessment,
                                Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.CompleteRiskAssessment(caseId, at(assessment.at()),
                assessment.mappaCategory(), assessment.mappaLevel(), actor));
    }

    @PostMapping(path = "/cases/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decision to disclose or not", description = "With the rationale, the roles of the"
            + " decision-makers and the agencies consulted.")
    CaseResponse decision(@PathVariable String id, @Valid @RequestBody CsodsRequests.Decision decision, Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.DecideDisclosure(caseId, at(decision.at()), decision.disclose(),
                decision.rationale(), decision.decisionMakers(),
                decision.agenciesConsulted() == null ? List.of()
                        : decision.agenciesConsulted().stream().map(BodyId::new).toList(), actor));
    }

    @PostMapping(path = "/cases/{id}/disclosure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Disclosure made", description = "In person, to the person best placed to protect the"
            + " child ('recipient'; the applicant when left out). Refused without a decision to disclose.")
    CaseResponse disclosure(@PathVariable String id, @Valid @RequestBody CsodsRequests.Disclosure disclosure,
                            Actor actor) {
        PersonDetails recipient = disclosure.recipient() == null ? null : disclosure.recipient().toDetails();
        return send(id, actor, caseId -> new CsodsCommands.MakeDisclosure(caseId, at(disclosure.at()), recipient,
                disclosure.inPerson(), actor));
    }

    @PostMapping(path = "/cases/{id}/undertaking", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confidentiality undertaking", description = "Signed, or the reason for disclosing without one.")
    CaseResponse undertaking(@PathVariable String id, @Valid @RequestBody CsodsRequests.Undertaking undertaking,
                             Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.RecordUndertaking(caseId, at(undertaking.at()),
                undertaking.signed(), undertaking.reasonWithout(), actor));
    }

    @PostMapping(path = "/cases/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close the case")
    CaseResponse close(@PathVariable String id, @RequestBody CsodsRequests.Stage stage, Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.CloseCase(caseId, at(stage.at()), actor));
    }

    @PostMapping(path = "/cases/{id}/deadline-extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extend a time limit", description = "Only for exceptional circumstances, with the reason recorded.")
    CaseResponse extend(@PathVariable String id, @Valid @RequestBody CsodsRequests.Extension extension, Actor actor) {
        return send(id, actor, caseId -> new CsodsCommands.ExtendDeadline(caseId, CsodsDeadline.valueOf(extension.deadline()),
                extension.newDue(), extension.reason(), clock.instant(), actor));
    }

    @ReadsModel("csods")
    @GetMapping("/cases")
    @Operation(summary = "CSODS cases", description = "The cases the caller may see (a force's CSODS officers their"
            + " force's, an IG lead their area's forces', auditors every force's), most recently received first,"
            + " each with its stage and next time limit and no personal data; paged ('size', 'after').")
    CsodsCasePage list(@RequestParam(required = false) String size, @RequestParam(required = false) String after,
                       Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, CsodsCasePage::after, violations);
        violations.throwIfAny();
        return cases.page(actor, pageSize, cursor);
    }

    @ReadsModel("csods")
    @GetMapping("/missed-deadlines")
    @Operation(summary = "Missed time limits", description = "Of the cases the caller may see, most recent first.")
    List<MissedCsodsDeadline> missedDeadlines(Actor actor) {
        Set<BodyId> forces = access.csodsForcesVisibleTo(actor);
        return forces != null && forces.isEmpty() ? List.of() : queries.ask(new FindMissedCsodsDeadlines(forces));
    }

    @ReadsModel("csods")
    @GetMapping("/figures")
    @Operation(summary = "Anonymised figures per quarter", description = "Applications, decisions, disclosures and"
            + " timeliness of a force's cases, for the SMB to share with its LSCBs: anyone of the force's MAPPA area,"
            + " and auditors, may read them.")
    List<CsodsQuarter> figures(@RequestParam String force, Actor actor) {
        BodyId forceId = access.requireBodyInReadersArea(actor, force);
        return queries.ask(new FindCsodsFigures(forceId));
    }

    /**
     * Sends a command about a case the actor can see; one they may not see gets the same 404 as one that
     * does not exist, so a write reveals no more than a read.
     */
    private CaseResponse send(String id, Actor actor, Function<CaseId, Object> command) {
        CaseId caseId = parse(id);
        access.requireMayReadCsodsCase(actor, new BodyId(recorded(caseId).force()), notFound(id));
        return commands.sendAbout(command.apply(caseId), notFound(id), () -> CaseResponse.of(recorded(caseId), vault));
    }

    /** The case straight from its events, so the response shows the change at once. */
    private CsodsCaseView recorded(CaseId id) {
        CsodsCaseView view = null;
        for (DomainEventMessage<?> event : history.of(id.toString())) {
            if (event.getPayload() instanceof CsodsEvent csods) {
                view = CsodsCaseView.evolve(view, csods);
            }
        }
        if (view == null) {
            throw notFound(id.toString());
        }
        return view;
    }

    private Instant at(Instant requested) {
        return requested != null ? requested : clock.instant();
    }

    private static BodyId ownForce(Actor actor) {
        if (actor.body() == null || !actor.hasRole(Role.CSODS_OFFICER)) {
            throw RuleViolation.forbidden("not-csods-officer", "Only a force's CSODS officers receive applications.");
        }
        return actor.body();
    }

    private static CaseId parse(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException notAUuid) {
            throw notFound(id);
        }
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("case-not-found", "There is no CSODS case " + id + " that you can see.");
    }
}
