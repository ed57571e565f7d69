package uk.mappa.ledger.api.holdings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.holdings.HoldingCursor;
import uk.mappa.ledger.projections.holdings.HoldingsPage;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Holdings", description = "Who holds what, now or at any past instant")
class HoldingsController {

    private final CurrentHoldings current;

    HoldingsController(CurrentHoldings current) {
        this.current = current;
    }

    @ReadsModel("holdings")
    @GetMapping("/api/holdings")
    @Operation(summary = "What a body holds", description = "Without 'asOf': the copies it holds now, most recent"
            + " first, each marked when due for destruction. With 'asOf' (an ISO-8601 instant): what it held then,"
            + " reconstructed from the event history, including copies later destroyed or withdrawn. Paged: 'size'"
            + " (1 to 500, default 100) copies a page; the next page is asked for with 'after' set to the page's"
            + " 'next'.")
    HoldingsPage holdings(@RequestParam String bodyId, @RequestParam(required = false) String asOf,
                               @RequestParam(required = false) String size, @RequestParam(required = false) String after,
                               Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        BodyId body = RequestParameters.bodyId(bodyId, "bodyId", violations);
        Instant instant = RequestParameters.instant(asOf, "asOf", violations);
        int pageSize = RequestParameters.pageSize(size, violations);
        HoldingCursor cursor = RequestParameters.cursor(after, HoldingCursor::decode, violations);
        violations.throwIfAny();
        return instant == null ? current.of(actor, body, pageSize, cursor)
                : current.asOf(actor, body, instant, pageSize, cursor);
    }

    @ReadsModel("holdings")
    @GetMapping("/api/acknowledgements/overdue")
    @Operation(summary = "Shares not acknowledged in time", description = "Copies a recipient has not acknowledged"
            + " within the configured period (ledger.shares.acknowledgement-period), for the bodies the caller"
            + " may see, oldest first; paged like holdings ('size', 'after').")
    HoldingsPage overdue(@RequestParam(required = false) String size, @RequestParam(required = false) String after,
                              Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        HoldingCursor cursor = RequestParameters.cursor(after, HoldingCursor::decode, violations);
        violations.throwIfAny();
        return current.overdueAcknowledgements(actor, pageSize, cursor);
    }
}
