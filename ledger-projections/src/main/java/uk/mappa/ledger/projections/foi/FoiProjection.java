package uk.mappa.ledger.projections.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.foi.FoiEvent;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequest;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequests;

/** FOI requests involving MAPPA cases, soonest due first, for the bodies they concern. */
@Component
@ProcessingGroup(BoardsProcesses.GROUP)
class FoiProjection {

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
    FoiRequestPage handle(FindFoiRequests query) {
        Specification<FoiRequestEntity> matching = (request, criteria, builder) -> builder.conjunction();
        if (query.bodies() != null) {
            List<String> bodies = query.bodies().stream().map(BodyId::value).toList();
            matching = matching.and((request, criteria, builder) -> {
                Subquery<String> concerning = criteria.subquery(String.class);
                Root<FoiPartyEntity> party = concerning.from(FoiPartyEntity.class);
                concerning.select(party.get("requestId")).where(party.get("bodyId").in(bodies));
                return request.get("id").in(concerning);
            });
        }
        if (query.openOnly()) {
            matching = matching.and((request, criteria, builder) -> builder.equal(request.get("status"),
                    FoiRequestView.OPEN));
        }
        if (query.after() != null) {
            matching = matching.and(query.after().nextInAscendingOrder("dueOn", LocalDate::parse, "id", Function.identity()));
        }
        List<FoiRequestView> found = requests.findBy(matching, page -> page.sortBy(
                        Sort.by(Sort.Direction.ASC, "dueOn", "id")).limit(query.size() + 1).all())
                .stream().map(request -> request.toView().readOn(query.today())).toList();
        Page.Slice<FoiRequestView> slice = Page.slice(found, query.size(),
                view -> new Keyset(view.dueOn().toString(), view.id()).encode(FoiRequestPage.LIST));
        return new FoiRequestPage(slice.items(), slice.next());
    }
}
