package uk.mappa.ledger.api.share;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.idempotency.IdempotentRequests;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.share.RecordShare;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.share.FindShare;
import uk.mappa.ledger.projections.share.ShareView;

@RestController
@RequestMapping(path = "/api/shares", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shares", description = "What one body shared with others")
class ShareController {

    private final CommandGateway commands;
    private final Queries queries;
    private final ReadAccess access;
    private final IdempotentRequests idempotency;
    private final RecordedShares recorded;
    private final Clock clock;

    ShareController(CommandGateway commands, Queries queries, ReadAccess access, IdempotentRequests idempotency,
                    RecordedShares recorded, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.idempotency = idempotency;
        this.recorded = recorded;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a share",
            description = "A business manager records what their own body shared. With an Idempotency-Key,"
                    + " sending the same request again returns the first response and records nothing new.")
    ResponseEntity<ShareView> record(@Valid @RequestBody RecordShareRequest request,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                     Actor actor) {
        return idempotency.once(actor, key, request, ShareView.class, () -> {
            RecordShare command = request.toCommand(ShareId.random(), clock.instant(), actor);
            commands.sendAndWait(command);
            return ResponseEntity.created(URI.create("/api/shares/" + command.shareId()))
                    .body(recorded.asRecorded(command.shareId()));
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "One share", description = "Visible to its provider, its recipients, IG leads of"
            + " their area and auditors; to anyone else it does not exist.")
    ShareView share(@PathVariable String id, Actor actor) {
        ShareId shareId;
        try {
            shareId = ShareId.parse(id);
        } catch (IllegalArgumentException notAUuid) {
            throw ReadAccess.shareNotFound(id);
        }
        return access.requireMayRead(actor, queries.ask(new FindShare(shareId))
                .orElseThrow(() -> ReadAccess.shareNotFound(id)));
    }
}
