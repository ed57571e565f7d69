package uk.mappa.ledger.api.foi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.Limits;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.foi.Consultee;
import uk.mappa.ledger.core.foi.FoiCommands.InformInterestedParty;
import uk.mappa.ledger.core.foi.FoiCommands.LogFoiRequest;
import uk.mappa.ledger.core.foi.FoiCommands.RecordFoiConsultation;
import uk.mappa.ledger.core.foi.FoiCommands.RecordInterestedPartyView;
import uk.mappa.ledger.core.foi.FoiCommands.ReleaseFoiResponse;
import uk.mappa.ledger.core.foi.FoiOutcome;
import uk.mappa.ledger.core.foi.FoiRequestId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequest;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequests;
import uk.mappa.ledger.projections.foi.FoiRequestPage;
import uk.mappa.ledger.projections.foi.FoiRequestView;

/**
 * Freedom of Information requests that involve a MAPPA case, handled by the body that received them: logged
 * with the statutory due date (the twentieth working day after receipt), the MAPPA co-ordinator and police
 * lead consulted, every interested party told the likely response and heard, then the release.
 */
@RestController
@RequestMapping(path = "/api/foi-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "FOI requests", description = "Freedom of Information requests involving a MAPPA case")
class FoiController {

    static final String MODEL = BoardsProcesses.GROUP;

    /** @param summary what is asked for, naming no person (the requester included) */
    record Request(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String receivingBodyId,
                   @NotNull LocalDate receivedOn,
                   @NotBlank @Size(max = 2000) String summary,
                   @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String smbBodyId,
                   @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String policeLeadBodyId,
                   @NotNull @Size(max = Limits.BODIES)
                   List<@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String>
                           interestedPartyBodyIds) {
    }

    record Consultation(@NotNull @EnumName(Consultee.class) String consultee, @NotBlank @Size(max = 2000) String view) {
    }

    record LikelyResponse(@NotBlank @Size(max = 2000) String likelyResponse) {
    }

    record View(@NotBlank @Size(max = 2000) String view) {
    }

    record Release(@NotNull LocalDate releasedOn, @NotNull @EnumName(FoiOutcome.class) String outcome,
                   @NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> exemptions) {
    }

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;

    FoiController(Commands commands, Queries queries, ReadAccess access, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log an FOI request involving a MAPPA case", description = "By the receiving body's"
            + " business manager (or a partnership's chair), with the area's SMB and police force to consult and the"
            + " interested parties. The answer carries its due date.")
    ResponseEntity<FoiRequestView> log(@Valid @RequestBody Request request, Actor actor) {
        FoiRequestId id = FoiRequestId.random();
        FoiRequestView logged = commands.send(new LogFoiRequest(id, new BodyId(request.receivingBodyId()),
                        request.receivedOn(), request.summary(), new BodyId(request.smbBodyId()),
                        new BodyId(request.policeLeadBodyId()),
                        request.interestedPartyBodyIds().stream().map(BodyId::new).toList(), clock.instant(), actor),
                MODEL, () -> visible(id.toString(), actor));
        return ResponseEntity.created(URI.create("/api/foi-requests/" + id)).body(logged);
    }

    @ReadsModel(MODEL)
    @GetMapping
    @Operation(summary = "FOI requests", description = "Those concerning the caller's body, the bodies of an IG"
            + " lead's area, or all for auditors; soonest due first, each saying whether it is overdue today."
            + " 'open=true' for those not yet answered. Paged ('size', 'after').")
    FoiRequestPage requests(@RequestParam(defaultValue = "false") boolean open,
                            @RequestParam(required = false) String size, @RequestParam(required = false) String after,
                            Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, FoiRequestPage::after, violations);
        violations.throwIfAny();
        return queries.ask(new FindFoiRequests(access.bodiesVisibleTo(actor), open, today(), pageSize, cursor));
    }

    @ReadsModel(MODEL)
    @GetMapping("/{id}")
    @Operation(summary = "One FOI request", description = "For the bodies it concerns, IG leads of their areas and"
            + " auditors.")
    FoiRequestView request(@PathVariable String id, Actor actor) {
        return visible(id, actor);
    }

    @PostMapping(path = "/{id}/consultations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record consulting the MAPPA co-ordinator or the police lead", description = "By the"
            + " receiving body; a later consultation of the same one replaces the view.")
    FoiRequestView consult(@PathVariable String id, @Valid @RequestBody Consultation consultation, Actor actor) {
        return change(id, actor, request -> new RecordFoiConsultation(request,
                Consultee.valueOf(consultation.consultee()), consultation.view(), actor));
    }

    @PostMapping(path = "/{id}/parties/{bodyId}/likely-response", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tell an interested party the likely response", description = "By the receiving body; a"
            + " party told a new likely response is asked for its view again.")
    FoiRequestView inform(@PathVariable String id, @PathVariable String bodyId,
                          @Valid @RequestBody LikelyResponse likely, Actor actor) {
        BodyId party = party(bodyId);
        return change(id, actor, request -> new InformInterestedParty(request, party, likely.likelyResponse(), actor));
    }

    @PostMapping(path = "/{id}/parties/{bodyId}/view", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an interested party's view of the likely response", description = "By the"
            + " receiving body, once the party has been told it.")
    FoiRequestView hear(@PathVariable String id, @PathVariable String bodyId, @Valid @RequestBody View view,
                        Actor actor) {
        BodyId party = party(bodyId);
        return change(id, actor, request -> new RecordInterestedPartyView(request, party, view.view(), actor));
    }

    @PostMapping(path = "/{id}/release", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the release of the response", description = "By the receiving body, only once the"
            + " co-ordinator and police lead were consulted and every interested party heard; recorded as late after"
            + " the due date. Name the exemptions relied on when information was withheld.")
    FoiRequestView release(@PathVariable String id, @Valid @RequestBody Release release, Actor actor) {
        return change(id, actor, request -> new ReleaseFoiResponse(request, release.releasedOn(),
                FoiOutcome.valueOf(release.outcome()), release.exemptions(), clock.instant(), actor));
    }

    /** Sends a command about a request the caller can see, and answers with the request as it now stands. */
    private FoiRequestView change(String id, Actor actor, Function<FoiRequestId, Object> command) {
        FoiRequestView request = visible(id, actor);
        return commands.sendAbout(command.apply(new FoiRequestId(UUID.fromString(request.id()))), notFound(id), MODEL,
                () -> visible(id, actor));
    }

    private static BodyId party(String bodyId) {
        if (!BodyId.isWellFormed(bodyId)) {
            throw RuleViolation.unprocessable("not-an-interested-party", bodyId + " is not an interested party of this"
                    + " request.");
        }
        return new BodyId(bodyId);
    }

    private FoiRequestView visible(String id, Actor actor) {
        return access.requireVisible(actor, id, found -> queries.ask(new FindFoiRequest(found, today())),
                FoiRequestView::parties, notFound(id));
    }

    private LocalDate today() {
        return AgreementTerms.dayOf(clock.instant());
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("foi-request-not-found", "There is no FOI request " + id + " that you can see.");
    }
}
