package uk.mappa.ledger.projections.foi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.foi.FoiEvent;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequest;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequests;

/** FOI requests involving MAPPA cases, soonest due first, for the bodies they concern. */
@Component
@ProcessingGroup(FoiProjection.NAME)
class FoiProjection {

    static final String NAME = "foi-requests";

    private final FoiRequestRepository requests;
    private final FoiPartyRepository parties;

    FoiProjection(FoiRequestRepository requests, FoiPartyRepository parties) {
        this.requests = requests;
        this.parties = parties;
    }

    @EventHandler
    void on(FoiEvent event, @Timestamp Instant at) {
        if (event instanceof FoiEvent.FoiRequestLogged logged) {
            FoiRequestView view = FoiRequestView.evolve(null, logged, at);
            requests.save(new FoiRequestEntity(view));
            parties.saveAll(view.parties().stream().map(body -> new FoiPartyEntity(view.id(), body)).toList());
            return;
        }
        requests.findById(event.requestId().toString())
                .ifPresent(request -> request.update(FoiRequestView.evolve(request.toView(), event, at)));
    }

    @ResetHandler
    void reset() {
        parties.deleteAllInBatch();
        requests.deleteAllInBatch();
    }

    @QueryHandler
    Optional<FoiRequestView> handle(FindFoiRequest query) {
        return requests.findById(query.id()).map(request -> request.toView().readOn(query.today()));
    }

    @QueryHandler
    List<FoiRequestView> handle(FindFoiRequests query) {
        return (query.bodies() == null ? requests.findAllByDueOn(query.openOnly())
                : requests.findConcerning(query.bodies().stream().map(BodyId::value).toList(), query.openOnly()))
                .stream().map(request -> request.toView().readOn(query.today())).toList();
    }
}
