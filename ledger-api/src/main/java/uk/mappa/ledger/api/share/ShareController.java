package uk.mappa.ledger.api.share;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.holdings.CurrentHoldings;
import uk.mappa.ledger.api.idempotency.IdempotentRequests;
import uk.mappa.ledger.log.LogViews;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ConsiderReport;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.CorrectShare;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.RemarkShare;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.WithdrawShare;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.holdings.SharesOfContentPage;
import uk.mappa.ledger.projections.share.ShareView;

@RestController
@RequestMapping(path = "/api/shares", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shares", description = "What one body shared with others, and what happened to it since")
class ShareController {

    private final Shares shares;
    private final CurrentHoldings holdings;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    /** A body's own proof that its share was recorded: the recording event's inclusion in a signed tree head. */
    record Receipt(String shareId, String eventId, long leafIndex, String leafHash, java.util.List<String> auditPath,
                   LogViews.TreeHeadView treeHead) {
    }

    ShareController(Shares shares, CurrentHoldings holdings, IdempotentRequests idempotency, Clock clock) {
        this.shares = shares;
        this.holdings = holdings;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a share",
            description = "A business manager records what their own body shared, under an agreement in force on"
                    + " the share date that names every body and covers the category. With an Idempotency-Key,"
                    + " sending the same request again returns the first response and records nothing new.")
    ResponseEntity<ShareView> record(@Valid @RequestBody RecordShareRequest request,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                     Actor actor) {
        return idempotency.once(actor, key, request, ShareView.class, () -> {
            ShareView share = shares.record(request, actor);
            return ResponseEntity.created(URI.create("/api/shares/" + share.id())).body(share);
        });
    }

    @ReadsModel("holdings")
    @GetMapping
    @Operation(summary = "The shares of a document", description = "Found by the document's SHA-256"
            + " ('contentSha256', 64 hexadecimal digits): the shares the caller may see, most recent share date first,"
            + " each with who shared it, when, under which agreement, and the bodies it went to. Paged ('size',"
            + " 'after').")
    SharesOfContentPage ofContent(@RequestParam(required = false) String contentSha256,
                                  @RequestParam(required = false) String size,
                                  @RequestParam(required = false) String after, Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        if (contentSha256 == null || !contentSha256.matches(ContentDigest.FORMAT)) {
            violations.add("contentSha256", Patterns.SHA256_MESSAGE);
        }
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, SharesOfContentPage::after, violations);
        violations.throwIfAny();
        return holdings.sharesOf(actor, new ContentDigest(contentSha256), pageSize, cursor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One share", description = "Visible to its provider, its recipients, IG leads of"
            + " their area and auditors; to anyone else it does not exist. Titles of SECRET and TOP SECRET"
            + " material are withheld from recipients' business managers. Read from the share's own events, so"
            + " it shows every change as soon as the request that made it has been answered.")
    ShareView share(@PathVariable String id, Actor actor) {
        return shares.find(id, actor);
    }

    @GetMapping("/{id}/receipt")
    @Operation(summary = "Receipt for a share", description = "The leaf index of the event that recorded the"
            + " share, its inclusion proof and the signed tree head it is proved against, so a body can keep"
            + " independent proof that its share was recorded. 409 until the event is sealed (seconds).")
    Receipt receipt(@PathVariable String id, Actor actor) {
        ShareView share = shares.find(id, actor);
        ShareId shareId = ReadAccess.shareId(id);
        LogViews.InclusionProofView proof = shares.receipt(shareId, actor);
        return new Receipt(share.id(), proof.eventId(), proof.leafIndex(), proof.leafHash(),
                proof.auditPath(), proof.treeHead());
    }

    @GetMapping(path = "/{id}/receipt.tlog-proof", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Receipt for a share as a C2SP tlog-proof", description = "The same proof in the open"
            + " format: the recording event's index, its inclusion proof and the log's signed checkpoint, with the"
            + " event's leaf hash in the extra line. Check it offline with tools/tlog-check or"
            + " java -jar ledger-verify.jar proof. 409 until the"
            + " event is sealed (seconds).")
    ResponseEntity<String> tlogProof(@PathVariable String id, Actor actor) {
        return shares.tlogProofDownload(id, actor);
    }

    @PostMapping(path = "/{id}/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Acknowledge receipt", description = "A recipient's business manager confirms the"
            + " share arrived. 'recipientBodyId' defaults to the caller's body.")
    ShareView acknowledge(@PathVariable String id, @Valid @RequestBody ShareChangeRequests.Acknowledgement request,
                          Actor actor) {
        return shares.acknowledge(id, request.recipientBodyId() != null ? new BodyId(request.recipientBodyId()) : null,
                actor);
    }

    @PostMapping(path = "/{id}/considerations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that a board considered an annual report", description = "The business manager or"
            + " chair of a receiving board records the meeting that considered the report and the priorities it"
            + " took into its business plan (MoU 2-3). 'boardBodyId' defaults to the caller's body. GET"
            + " /api/annual-reports lists the reports not yet considered.")
    ShareView consider(@PathVariable String id, @Valid @RequestBody ShareChangeRequests.Consideration request,
                       Actor actor) {
        return shares.change(id, actor, shareId -> new ConsiderReport(shareId,
                request.boardBodyId() != null ? new BodyId(request.boardBodyId()) : Shares.ownBody(actor),
                request.meetingOn(), request.priorities(), clock.instant(), actor));
    }

    @PostMapping(path = "/{id}/markings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-mark the share", description = "Only the provider; the reason is recorded. This is"
            + " how legacy GPMS markings are replaced: never automatically.")
    ShareView remark(@PathVariable String id, @Valid @RequestBody ShareChangeRequests.Remarking request, Actor actor) {
        return shares.change(id, actor, shareId -> new RemarkShare(shareId, request.marking().toMarking(), request.reason(),
                actor));
    }

    @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct the share", description = "Only the provider. The original stays in the"
            + " audit trail; the fields sent supersede it.")
    ShareView correct(@PathVariable String id, @Valid @RequestBody ShareChangeRequests.Correction request,
                      Actor actor) {
        return shares.change(id, actor, shareId -> new CorrectShare(shareId, request.title(), request.purpose(),
                request.lawfulBasis() == null ? null : LawfulBasis.valueOf(request.lawfulBasis()),
                request.contentSha256() == null ? null : new ContentDigest(request.contentSha256()),
                request.sharedAt(), request.reason(), clock.instant(), actor));
    }

    @PostMapping(path = "/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the share", description = "Only the provider, e.g. when it was sent in error."
            + " Every recipient is asked to destroy its copy and records doing so.")
    ShareView withdraw(@PathVariable String id, @Valid @RequestBody ShareChangeRequests.Withdrawal request,
                       Actor actor) {
        return shares.change(id, actor, shareId -> new WithdrawShare(shareId, request.reason(), clock.instant(), actor));
    }

    @PostMapping(path = "/{id}/destructions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record destruction of a copy", description = "A holder's business manager records"
            + " that its copy was destroyed; it then leaves the holder's current holdings. 'holderBodyId'"
            + " defaults to the caller's body, 'destroyedAt' to now.")
    ShareView destroy(@PathVariable String id, @Valid @RequestBody ShareChangeRequests.Destruction request,
                      Actor actor) {
        return shares.destroy(id, request.holderBodyId() != null ? new BodyId(request.holderBodyId()) : null,
                DestructionReason.valueOf(request.reason()), request.destroyedAt(), actor);
    }
}
