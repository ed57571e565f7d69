package uk.mappa.ledger.api.review;

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
import uk.mappa.ledger.api.personal.CaseReferenceDigests;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.review.CaseReviewCommands.AgreeReviewTimescales;
import uk.mappa.ledger.core.review.CaseReviewCommands.RegisterCaseReview;
import uk.mappa.ledger.core.review.CaseReviewId;
import uk.mappa.ledger.core.review.ReviewKind;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.review.CaseReviewPage;
import uk.mappa.ledger.projections.review.CaseReviewQueries.FindCaseReview;
import uk.mappa.ledger.projections.review.CaseReviewQueries.FindCaseReviews;
import uk.mappa.ledger.projections.review.CaseReviewView;

/**
 * Case reviews: a board registers one by the case's reference, which is kept only as a keyed digest; a board
 * reviewing a case another board reviews is told so in the answer, and the two record the timescales they agree
 * (Merseyside protocol c-d). Learning shares name the review as {@code caseReviewId}.
 */
@RestController
@RequestMapping(path = "/api/case-reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case reviews", description = "Serious case reviews and other reviews, and the timescales agreed where"
        + " two boards review the same case")
class CaseReviewController {

    static final String MODEL = BoardsProcesses.GROUP;

    /** @param caseReference the board's reference for the case; only its keyed digest is kept */
    record Registration(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String boardBodyId,
                        @NotNull @EnumName(ReviewKind.class) String kind,
                        @NotBlank @Size(max = 200) String caseReference,
                        @NotNull LocalDate commissionedOn) {
    }

    record Timescales(@NotNull @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String otherReviewId,
                      @NotNull LocalDate completesBy,
                      @NotNull LocalDate otherCompletesBy,
                      @NotBlank @Size(max = 2000) String arrangements) {
    }

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;
    private final CaseReferenceDigests digests;
    private final Clock clock;

    CaseReviewController(Commands commands, Queries queries, ReadAccess access, CaseReferenceDigests digests,
                         Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.digests = digests;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a case review", description = "By the board's business manager or chair. The"
            + " answer lists other boards' reviews of the same case (otherReviews): agree timescales with them.")
    ResponseEntity<CaseReviewView> register(@Valid @RequestBody Registration registration, Actor actor) {
        CaseReviewId id = CaseReviewId.random();
        CaseReviewView registered = commands.send(new RegisterCaseReview(id, new BodyId(registration.boardBodyId()),
                        ReviewKind.valueOf(registration.kind()), digests.digest(registration.caseReference()),
                        registration.commissionedOn(), clock.instant(), actor),
                MODEL, () -> visible(id.toString(), actor));
        return ResponseEntity.created(URI.create("/api/case-reviews/" + id)).body(registered);
    }

    @ReadsModel(MODEL)
    @GetMapping
    @Operation(summary = "Case reviews", description = "Those of the caller's own board, of the bodies of an IG"
            + " lead's area, or all for auditors; most recently registered first, paged ('size', 'after').")
    CaseReviewPage reviews(@RequestParam(required = false) String size, @RequestParam(required = false) String after,
                           Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, CaseReviewPage::after, violations);
        violations.throwIfAny();
        return queries.ask(new FindCaseReviews(access.bodiesVisibleTo(actor), pageSize, cursor));
    }

    @ReadsModel(MODEL)
    @GetMapping("/{id}")
    @Operation(summary = "One case review", description = "For people of its board and of boards reviewing the"
            + " same case, IG leads of their areas and auditors; to anyone else it does not exist.")
    CaseReviewView review(@PathVariable String id, Actor actor) {
        return visible(id, actor);
    }

    @PostMapping(path = "/{id}/timescales", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the timescales agreed with another board's review of the same case",
            description = "By the business manager or chair of this review's board; a later record replaces it.")
    CaseReviewView timescales(@PathVariable String id, @Valid @RequestBody Timescales timescales, Actor actor) {
        CaseReviewView review = visible(id, actor);
        return commands.sendAbout(new AgreeReviewTimescales(new CaseReviewId(UUID.fromString(review.id())),
                        new CaseReviewId(UUID.fromString(timescales.otherReviewId())), timescales.completesBy(),
                        timescales.otherCompletesBy(), timescales.arrangements(), clock.instant(), actor),
                notFound(id), MODEL, () -> visible(id, actor));
    }

    private CaseReviewView visible(String id, Actor actor) {
        return access.requireVisible(actor, id, found -> queries.ask(new FindCaseReview(found)),
                CaseReviewView::parties, notFound(id));
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("case-review-not-found", "There is no case review " + id + " that you can see.");
    }
}
