package uk.mappa.ledger.api.holdings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.holdings.FindHoldings;
import uk.mappa.ledger.projections.holdings.HoldingView;

@RestController
@RequestMapping(path = "/api/holdings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Holdings", description = "Who holds what")
class HoldingsController {

    private final Queries queries;
    private final ReadAccess access;

    HoldingsController(Queries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "What a body holds: the shares it provided or received, most recent first")
    List<HoldingView> holdings(@RequestParam String bodyId, Actor actor) {
        if (!BodyId.isWellFormed(bodyId)) {
            new InvalidRequestException.Collector().add("bodyId", "must be a body id such as knowsley-lscb").throwIfAny();
        }
        BodyId body = new BodyId(bodyId);
        access.requireMayReadHoldingsOf(actor, body);
        return queries.ask(new FindHoldings(body));
    }
}
