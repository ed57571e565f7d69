package uk.mappa.ledger.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.ExpensiveReads;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.projections.state.FindLedgerStateAsOf;
import uk.mappa.ledger.projections.state.LedgerStateView;

@RestController
@Tag(name = "Audit trail")
class StateController {

    private final Queries queries;
    private final ExpensiveReads expensive;

    StateController(Queries queries, ExpensiveReads expensive) {
        this.queries = queries;
        this.expensive = expensive;
    }

    @GetMapping(path = "/api/audit/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The ledger at a past instant (auditors)", description = "The register, the agreements and"
            + " every body's holdings as they stood at 'asOf', reconstructed from the events alone.")
    LedgerStateView state(@RequestParam String asOf, Actor actor) {
        ReadAccess.requireAuditor(actor);
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        java.time.Instant instant = RequestParameters.instant(asOf, "asOf", violations);
        violations.throwIfAny();
        return expensive.run(actor, () -> queries.ask(new FindLedgerStateAsOf(instant)));
    }
}
