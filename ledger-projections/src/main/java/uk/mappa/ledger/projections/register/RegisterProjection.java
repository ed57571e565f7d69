package uk.mappa.ledger.projections.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyEvent;

/** The register of bodies as a table, for listing and for looking up names and areas. */
@Component
@ProcessingGroup(RegisterProjection.NAME)
class RegisterProjection {

    static final String NAME = "register";

    private final BodyRepository bodies;

    RegisterProjection(BodyRepository bodies) {
        this.bodies = bodies;
    }

    @EventHandler
    void on(BodyEvent event, @Timestamp Instant at) {
        BodyView known = bodies.findById(event.bodyId().value()).map(BodyEntity::toView).orElse(null);
        BodyView next = BodyView.evolve(known, event, at);
        if (next != null) {
            bodies.save(new BodyEntity(next));
        }
    }

    @ResetHandler
    void reset() {
        bodies.deleteAllInBatch();
    }

    @QueryHandler
    List<BodyView> handle(ListBodies query) {
        return bodies.findAllByOrderByMappaAreaAscNameAsc().stream().map(BodyEntity::toView).toList();
    }

    @QueryHandler
    Optional<BodyView> handle(FindBody query) {
        return bodies.findById(query.id().value()).map(BodyEntity::toView);
    }
}
