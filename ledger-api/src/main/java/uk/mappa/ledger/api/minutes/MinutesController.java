package uk.mappa.ledger.api.minutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.minutes.MinutesCommands.DecideMinutesRequest;
import uk.mappa.ledger.core.minutes.MinutesCommands.RequestMinutes;
import uk.mappa.ledger.core.minutes.MinutesRequestId;
import uk.mappa.ledger.core.minutes.Requester;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.minutes.MinutesQueries.FindMinutesRequest;
import uk.mappa.ledger.projections.minutes.MinutesQueries.FindMinutesRequests;
import uk.mappa.ledger.projections.minutes.MinutesRequestPage;
import uk.mappa.ledger.projections.minutes.MinutesRequestView;

/**
 * Requests to disclose MAPPA minutes go to the chair of the meeting, who decides with reasons; a disclosure is
 * then recorded as a MINUTES share of the agreed executive summary, citing the request as minutesRequestId.
 */
@RestController
@RequestMapping(path = "/api/minutes-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "MAPPA minutes", description = "Requests to disclose minutes and the chairs' decisions")
class MinutesController {

    static final String MODEL = BoardsProcesses.GROUP;

    /** @param requesterBodyId the requesting body; left out for an offender or their representative */
    record Request(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String smbBodyId,
                   @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String chairBodyId,
                   @NotNull LocalDate meetingOn,
                   @NotNull @Min(2) @Max(3) Integer meetingLevel,
                   @NotNull @EnumName(Requester.class) String requester,
                   @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String requesterBodyId,
                   @NotBlank @Size(max = 2000) String purpose,
                   @NotNull LocalDate receivedOn) {
    }

    /** @param executiveSummarySha256 the SHA-256 of the executive summary agreed for disclosure; only to disclose */
    record Decision(@NotNull Boolean disclose,
                    @NotBlank @Size(max = 2000) String reasons,
                    @Pattern(regexp = ContentDigest.FORMAT, message = Patterns.SHA256_MESSAGE)
                    String executiveSummarySha256) {
    }

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;

    MinutesController(Commands commands, Queries queries, ReadAccess access, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a request for MAPPA minutes, referred to the meeting's chair", description = "By"
            + " the SMB's MAPPA co-ordinator or business manager, or the chairing agency's business manager or chair;"
            + " requests from agencies that did not attend, offenders and their representatives alike.")
    ResponseEntity<MinutesRequestView> request(@Valid @RequestBody Request request, Actor actor) {
        MinutesRequestId id = MinutesRequestId.random();
        MinutesRequestView recorded = commands.send(new RequestMinutes(id, new BodyId(request.smbBodyId()),
                        new BodyId(request.chairBodyId()), request.meetingOn(), request.meetingLevel(),
                        Requester.valueOf(request.requester()),
                        request.requesterBodyId() == null ? null : new BodyId(request.requesterBodyId()),
                        request.purpose(), request.receivedOn(), clock.instant(), actor),
                MODEL, () -> visible(id.toString(), actor));
        return ResponseEntity.created(URI.create("/api/minutes-requests/" + id)).body(recorded);
    }

    @ReadsModel(MODEL)
    @GetMapping
    @Operation(summary = "Minutes requests", description = "Those concerning the caller's body (as SMB, chairing"
            + " agency or requester), the bodies of an IG lead's area, or all for auditors; latest received first."
            + " 'awaitingDecision=true' for the chairs' list of requests still to decide. Paged ('size', 'after').")
    MinutesRequestPage requests(@RequestParam(defaultValue = "false") boolean awaitingDecision,
                                @RequestParam(required = false) String size,
                                @RequestParam(required = false) String after, Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, MinutesRequestPage::after, violations);
        violations.throwIfAny();
        return queries.ask(new FindMinutesRequests(access.bodiesVisibleTo(actor), awaitingDecision, pageSize, cursor));
    }

    @ReadsModel(MODEL)
    @GetMapping("/{id}")
    @Operation(summary = "One minutes request", description = "With the chair's decision and the MINUTES shares that"
            + " disclosed the agreed summary; for the bodies it concerns, IG leads of their areas and auditors.")
    MinutesRequestView minutesRequest(@PathVariable String id, Actor actor) {
        return visible(id, actor);
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The chair's decision", description = "By a CHAIR of the chairing agency, once, with reasons;"
            + " to disclose, the SHA-256 of the executive summary the chair agreed (the MINUTES share must carry the"
            + " same content).")
    MinutesRequestView decide(@PathVariable String id, @Valid @RequestBody Decision decision, Actor actor) {
        MinutesRequestView request = visible(id, actor);
        return commands.sendAbout(new DecideMinutesRequest(new MinutesRequestId(UUID.fromString(request.id())),
                        decision.disclose(), decision.reasons(), decision.executiveSummarySha256() == null ? null
                        : new ContentDigest(decision.executiveSummarySha256()), clock.instant(), actor),
                notFound(id), MODEL, () -> visible(id, actor));
    }

    private MinutesRequestView visible(String id, Actor actor) {
        return access.requireVisible(actor, id, found -> queries.ask(new FindMinutesRequest(found)),
                MinutesRequestView::parties, notFound(id));
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("minutes-request-not-found", "There is no minutes request " + id
                + " that you can see.");
    }
}
