package uk.mappa.ledger.api.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AcceptAgreement;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementRegister;
import uk.mappa.ledger.core.agreement.AgreementStatus;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.agreement.AmendAgreement;
import uk.mappa.ledger.core.agreement.ChangeAgreementStatus;
import uk.mappa.ledger.core.agreement.DraftAgreement;
import uk.mappa.ledger.core.agreement.ReviewAgreement;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.projections.agreement.AgreementView;
import uk.mappa.ledger.projections.agreement.FindAgreement;
import uk.mappa.ledger.projections.agreement.AgreementPage;
import uk.mappa.ledger.projections.agreement.FindAgreements;
import uk.mappa.ledger.projections.Keyset;

@RestController
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements", description = "The MoUs, protocols and duty-to-co-operate memoranda shares happen under")
class AgreementController {

    /** An agreement is listed as due for review this long before its review date. */

    private final Commands commands;
    private final Queries queries;
    private final AgreementRegister register;
    private final Clock clock;

    AgreementController(Commands commands, Queries queries, AgreementRegister register, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.register = register;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft an agreement", description = "By a business manager of a party or an IG lead of"
            + " a party's area. It covers nothing until every party has accepted it.")
    ResponseEntity<AgreementView> draft(@Valid @RequestBody AgreementRequests.Draft request, Actor actor) {
        AgreementId id = AgreementId.random();
        AgreementView drafted = commands.send(new DraftAgreement(id, AgreementKind.valueOf(request.kind()),
                request.title(), request.parties().stream().map(BodyId::new).toList(),
                request.categories().stream().map(Category::valueOf).toList(),
                request.lawfulBases().stream().map(LawfulBasis::valueOf).toList(), request.effectiveFrom(),
                request.reviewDue(), Period.parse(request.retention()),
                Boolean.TRUE.equals(request.caseInformationNeedsHandlingArrangement()), actor), () -> current(id));
        return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(drafted);
    }

    @PostMapping(path = "/{id}/acceptances", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a party's acceptance", description = "By that party's business manager; the last"
            + " acceptance brings the agreement into force from its effective date.")
    AgreementView accept(@PathVariable String id, @Valid @RequestBody AgreementRequests.Acceptance request,
                         Actor actor) {
        BodyId party = request.party() != null ? new BodyId(request.party()) : actor.body();
        if (party == null) {
            throw RuleViolation.forbidden("no-body", "You act for no body; name the party that accepted.");
        }
        return send(id, agreementId -> new AcceptAgreement(agreementId, party, request.signatoryRole(),
                request.acceptedOn(), LocalDate.now(clock.withZone(AgreementTerms.ZONE)), actor));
    }

    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a review and the next review date")
    AgreementView review(@PathVariable String id, @Valid @RequestBody AgreementRequests.Review request, Actor actor) {
        return send(id, agreementId -> new ReviewAgreement(agreementId, request.reviewedOn(), request.nextReviewDue(),
                request.note(), actor));
    }

    @PostMapping(path = "/{id}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend an agreement", description = "A new version with what changed and who authorised it"
            + " (its version record); categories, lawful bases, review date (or reviewAsRequired) and whether case"
            + " information needs a handling arrangement may change, the parties may not.")
    AgreementView amend(@PathVariable String id, @Valid @RequestBody AgreementRequests.Amendment request, Actor actor) {
        return send(id, agreementId -> new AmendAgreement(agreementId, request.changes(), request.authorisedBy(),
                request.amendedOn(),
                request.categories() == null ? null : request.categories().stream().map(Category::valueOf).toList(),
                request.lawfulBases() == null ? null
                        : request.lawfulBases().stream().map(LawfulBasis::valueOf).toList(),
                request.reviewDue(), Boolean.TRUE.equals(request.reviewAsRequired()),
                request.caseInformationNeedsHandlingArrangement(), LocalDate.now(clock.withZone(AgreementTerms.ZONE)),
                actor));
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend, reinstate or terminate", description = "status SUSPENDED, ACTIVE (reinstate)"
            + " or TERMINATED, with a reason. Shares dated while it is not in force are refused.")
    AgreementView changeStatus(@PathVariable String id, @Valid @RequestBody AgreementRequests.StatusChange request,
                               Actor actor) {
        AgreementStatus status = AgreementStatus.valueOf(request.status());
        if (status == AgreementStatus.DRAFT) {
            new InvalidRequestException.Collector().add("status", "must be SUSPENDED, ACTIVE or TERMINATED").throwIfAny();
        }
        return send(id, agreementId -> new ChangeAgreementStatus(agreementId, status,
                request.effectiveAt() != null ? request.effectiveAt() : clock.instant(), request.reason(), actor));
    }

    @ReadsModel("agreements")
    @GetMapping("/{id}")
    @Operation(summary = "One agreement")
    AgreementView agreement(@PathVariable String id) {
        return queries.ask(new FindAgreement(parse(id))).orElseThrow(() -> notFound(id));
    }

    @ReadsModel("agreements")
    @GetMapping
    @Operation(summary = "Agreements", description = "In title order, paged ('size', 'after'). 'bodyId' lists the"
            + " agreements naming a body; 'reviewDue=true' those in force or suspended whose review date has passed or"
            + " falls within 30 days, or that are reviewed as required and a legislative change has flagged.")
    AgreementPage agreements(@RequestParam(required = false) String bodyId,
                             @RequestParam(defaultValue = "false") boolean reviewDue,
                             @RequestParam(required = false) String size, @RequestParam(required = false) String after) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        BodyId party = RequestParameters.bodyId(bodyId, "bodyId", violations);
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, AgreementPage::after, violations);
        violations.throwIfAny();
        LocalDate dueBy = reviewDue
                ? LocalDate.now(clock.withZone(AgreementTerms.ZONE)).plusDays(FindAgreements.REVIEW_NOTICE_DAYS) : null;
        return queries.ask(new FindAgreements(party, dueBy, pageSize, cursor));
    }

    private AgreementView send(String id, java.util.function.Function<AgreementId, Object> command) {
        AgreementId agreementId = parse(id);
        return commands.sendAbout(command.apply(agreementId), notFound(id), () -> current(agreementId));
    }

    /** Read back from the event store, so the response shows the change without projection lag. */
    private AgreementView current(AgreementId id) {
        return register.find(id).map(AgreementView::of).orElseThrow(() -> notFound(id.toString()));
    }

    private static AgreementId parse(String id) {
        try {
            return AgreementId.parse(id);
        } catch (IllegalArgumentException notAUuid) {
            throw notFound(id);
        }
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("agreement-not-found", "There is no agreement " + id + ".");
    }
}
