package uk.mappa.ledger.api.refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.web.EnumName;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.refusal.DeclineShareRequest;
import uk.mappa.ledger.core.refusal.RefusalId;
import uk.mappa.ledger.core.share.Category;

@RestController
@RequestMapping(path = "/api/share-refusals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Refusals", description = "Requests to share that the provider declined, with its reasons")
class RefusalController {

    /**
     * A declined request to share.
     *
     * @param request     what was asked for, in a sentence without personal data
     * @param requestedAt when the request was made; defaults to now
     */
    record Refusal(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String providerBodyId,
                   @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String requesterBodyId,
                   @NotNull @EnumName(Category.class) String category,
                   @NotBlank @Size(max = 2000) String request,
                   @NotBlank @Size(max = 2000) String reason,
                   Instant requestedAt) {
    }

    private final Commands commands;
    private final Clock clock;

    RefusalController(Commands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a refusal to share", description = "By the provider's business manager. It"
            + " appears in the audit trail of both bodies as ShareRequestDeclined.")
    Map<String, String> decline(@Valid @RequestBody Refusal refusal, Actor actor) {
        RefusalId id = RefusalId.random();
        Instant now = clock.instant();
        return commands.send(new DeclineShareRequest(id, new BodyId(refusal.providerBodyId()),
                new BodyId(refusal.requesterBodyId()), Category.valueOf(refusal.category()), refusal.request(),
                refusal.reason(), refusal.requestedAt() != null ? refusal.requestedAt() : now, now, actor),
                () -> Map.of("id", id.toString()));
    }
}
