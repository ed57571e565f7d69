package uk.mappa.ledger.api.share;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.log.LogProofs;
import uk.mappa.ledger.log.LogViews;
import uk.mappa.ledger.api.web.ExpensiveReads;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.AcknowledgeShare;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.RecordDestruction;
import uk.mappa.ledger.core.share.RecordShare;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.share.ShareView;
import uk.mappa.ledger.verify.TlogProof;

/**
 * What a person may do with a share, for the API and the console alike: record one, read one, prove it was
 * recorded, acknowledge it. Each checks visibility the same way, so a caller who may not see a share gets the
 * same 404 whichever door they come through.
 */
@Component
public class Shares {

    private final Commands commands;
    private final ReadAccess access;
    private final RecordedShares recorded;
    private final LogProofs proofs;
    private final ExpensiveReads expensive;
    private final Clock clock;

    Shares(Commands commands, ReadAccess access, RecordedShares recorded, LogProofs proofs, ExpensiveReads expensive,
           Clock clock) {
        this.commands = commands;
        this.access = access;
        this.recorded = recorded;
        this.proofs = proofs;
        this.expensive = expensive;
        this.clock = clock;
    }

    /** Records a share (the request already validated) and answers with it as the recorder now sees it. */
    public ShareView record(RecordShareRequest request, Actor actor) {
        RecordShare command = request.toCommand(ShareId.random(), clock.instant(), actor);
        return commands.create(command,
                events -> access.requireMayRead(actor, RecordedShares.fold(command.shareId(), events)));
    }

    /** The share named in a URL, as this actor may see it; one they may not see does not exist. */
    public ShareView find(String id, Actor actor) {
        return access.requireMayRead(actor, recorded.current(ReadAccess.shareId(id)));
    }

    /** A recipient's business manager confirms the share arrived ({@code recipient} null: their own body). */
    public ShareView acknowledge(String id, BodyId recipient, Actor actor) {
        return change(id, actor, shareId -> new AcknowledgeShare(shareId,
                recipient != null ? recipient : ownBody(actor), clock.instant(), actor));
    }

    /**
     * A holder's business manager records that its copy was destroyed ({@code holder} null: their own body;
     * {@code destroyedAt} null: now); it then leaves the holder's current holdings.
     */
    public ShareView destroy(String id, BodyId holder, DestructionReason reason, Instant destroyedAt, Actor actor) {
        Instant now = clock.instant();
        return change(id, actor, shareId -> new RecordDestruction(shareId, holder != null ? holder : ownBody(actor),
                reason, destroyedAt != null ? destroyedAt : now, now, actor));
    }

    /**
     * The recording event's inclusion in a signed tree head (the share already found visible); 409 while it is
     * recorded but not yet sealed.
     */
    LogViews.InclusionProofView receipt(ShareId shareId, Actor actor) {
        String eventId = recorded.recordingEventId(shareId);
        return onceSealed(() -> expensive.run(actor, () -> proofs.inclusion(eventId, null)));
    }

    /**
     * The receipt of a share this actor may see in the open C2SP tlog-proof format, as a file to keep: check it
     * offline with tools/tlog-check or {@code java -jar ledger-verify.jar proof}.
     */
    public ResponseEntity<String> tlogProofDownload(String id, Actor actor) {
        ShareId shareId = ReadAccess.shareId(id);
        access.requireMayRead(actor, recorded.current(shareId));
        String eventId = recorded.recordingEventId(shareId);
        TlogProof proof = onceSealed(() -> expensive.run(actor, () -> proofs.tlogProof(eventId)));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"share-" + shareId + ".tlog-proof\"")
                .body(proof.format());
    }

    /** Whether the share's recording is sealed in the log, so that its receipt can be had (the share visible). */
    public boolean receiptReady(ShareView share) {
        return proofs.isSealed(recorded.recordingEventId(ShareId.parse(share.id())));
    }


    /**
     * Sends a command about a share the actor can see, and returns the share as it now stands. The command is
     * built only once the share is known to be visible, so a caller who may not see it learns nothing else.
     */
    ShareView change(String id, Actor actor, java.util.function.Function<ShareId, Object> command) {
        ShareId shareId = ReadAccess.shareId(id);
        access.requireMayRead(actor, recorded.current(shareId));
        return commands.sendAbout(command.apply(shareId), ReadAccess.shareNotFound(id),
                () -> access.requireMayRead(actor, recorded.current(shareId)));
    }

    static BodyId ownBody(Actor actor) {
        if (actor.body() == null) {
            throw RuleViolation.forbidden("no-body", "You act for no body, so you hold no copies.");
        }
        return actor.body();
    }

    /** A proof of the recording event, or 409 while the event is recorded but not yet sealed. */
    private static <T> T onceSealed(Supplier<T> proof) {
        try {
            return proof.get();
        } catch (RuleViolation notYet) {
            throw RuleViolation.conflict("not-yet-sealed",
                    "The share is recorded but not yet sealed in the log; ask again in a few seconds.");
        }
    }
}
