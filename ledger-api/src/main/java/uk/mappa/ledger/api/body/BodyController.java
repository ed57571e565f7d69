package uk.mappa.ledger.api.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.register.BodyView;
import uk.mappa.ledger.projections.register.FindBody;
import uk.mappa.ledger.projections.register.ListBodies;

@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Register of bodies", description = "The bodies that share information, readable by every user")
class BodyController {

    private final Queries queries;

    BodyController(Queries queries) {
        this.queries = queries;
    }

    @ReadsModel("register")
    @GetMapping
    @Operation(summary = "Every registered body, by MAPPA area and name")
    List<BodyView> bodies() {
        return queries.ask(new ListBodies());
    }

    @ReadsModel("register")
    @GetMapping("/{id}")
    @Operation(summary = "One registered body")
    BodyView body(@PathVariable String id) {
        RuleViolation notFound = RuleViolation.notFound("body-not-found", "There is no body '" + id + "' in the register.");
        if (!BodyId.isWellFormed(id)) {
            throw notFound;
        }
        return queries.ask(new FindBody(new BodyId(id))).orElseThrow(() -> notFound);
    }
}
