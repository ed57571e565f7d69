package uk.mappa.ledger.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.core.actor.Actor;

@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projections", description = "Rebuild the read models from the event history (auditors)")
class ProjectionAdminController {

    private final Projections projections;

    ProjectionAdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(summary = "Every projection and how far it has got")
    List<Projections.ProjectionStatus> projections(Actor actor) {
        return projections.list(actor);
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection", description = "Rebuilds the projection from the whole history"
            + " in the background, while the ledger keeps serving; follow it with GET /api/admin/projections."
            + " Until the rebuilt view replaces it in one step, readers see the view as it was (without what is"
            + " recorded meanwhile, which it shows once the rebuild is done).")
    Projections.ProjectionStatus replay(@PathVariable String name, Actor actor) {
        return projections.replay(name, actor);
    }
}
