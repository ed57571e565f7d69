package uk.mappa.ledger.projections.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested;
import uk.mappa.ledger.core.share.ShareLink;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;
import uk.mappa.ledger.projections.minutes.MinutesQueries.FindMinutesRequest;
import uk.mappa.ledger.projections.minutes.MinutesQueries.FindMinutesRequests;

/**
 * Requests for MAPPA minutes, the chairs' decisions and the shares that disclosed the agreed summaries. A share
 * and its request are different streams, handled on any segment in any order, so they are joined when read.
 */
@Component
@ProcessingGroup(BoardsProcesses.GROUP)
class MinutesProjection {

    private final MinutesRequestRepository requests;
    private final MinutesDisclosureRepository disclosures;

    MinutesProjection(MinutesRequestRepository requests, MinutesDisclosureRepository disclosures) {
        this.requests = requests;
        this.disclosures = disclosures;
    }

    @EventHandler
    void on(MinutesRequested event) {
        requests.save(new MinutesRequestEntity(event.requestId().toString(), event.smb().value(),
                event.chairBody().value(), event.meetingOn(), event.meetingLevel(), event.requester().name(),
                event.requesterBody() == null ? null : event.requesterBody().value(), event.purpose(),
                event.receivedOn()));
    }

    @EventHandler
    void on(MinutesRequestDecided event, @Timestamp Instant at) {
        requests.findById(event.requestId().toString()).ifPresent(request -> request.decide(event.disclose(),
                event.reasons(), event.executiveSummary() == null ? null : event.executiveSummary().sha256(),
                event.decidedBy(), at));
    }

    @EventHandler
    void on(ShareRecorded event) {
        if (event.link() != null && event.link().kind() == ShareLink.Kind.MINUTES_REQUEST) {
            disclosures.save(new MinutesDisclosureEntity(event.shareId().toString(), event.link().id().toString()));
        }
    }

    @ResetHandler
    void reset() {
        disclosures.deleteAllInBatch();
        requests.deleteAllInBatch();
    }

    @QueryHandler
    Optional<MinutesRequestView> handle(FindMinutesRequest query) {
        return requests.findById(query.id()).map(request -> views(List.of(request)).get(0));
    }

    @QueryHandler
    MinutesRequestPage handle(FindMinutesRequests query) {
        Specification<MinutesRequestEntity> matching = (request, criteria, builder) -> builder.conjunction();
        if (query.bodies() != null) {
            List<String> bodies = query.bodies().stream().map(BodyId::value).toList();
            matching = matching.and((request, criteria, builder) -> builder.or(request.get("smb").in(bodies),
                    request.get("chairBody").in(bodies), request.get("requesterBody").in(bodies)));
        }
        if (query.awaitingDecisionOnly()) {
            matching = matching.and((request, criteria, builder) -> builder.equal(request.get("status"),
                    MinutesRequestView.AWAITING_DECISION));
        }
        if (query.after() != null) {
            matching = matching.and(query.after().nextInDescendingOrder("receivedOn", LocalDate::parse, "id",
                    Function.identity()));
        }
        List<MinutesRequestEntity> found = requests.findBy(matching, page -> page.sortBy(
                Sort.by(Sort.Direction.DESC, "receivedOn", "id")).limit(query.size() + 1).all());
        Page.Slice<MinutesRequestView> slice = Page.slice(views(found), query.size(),
                view -> new Keyset(view.receivedOn().toString(), view.id()).encode(MinutesRequestPage.LIST));
        return new MinutesRequestPage(slice.items(), slice.next());
    }

    private List<MinutesRequestView> views(List<MinutesRequestEntity> found) {
        Map<String, List<String>> shares = found.isEmpty() ? Map.of()
                : disclosures.findByRequestIdIn(found.stream().map(MinutesRequestEntity::id).toList()).stream()
                .collect(Collectors.groupingBy(MinutesDisclosureEntity::requestId,
                        Collectors.mapping(MinutesDisclosureEntity::shareId, Collectors.toList())));
        return found.stream().map(request -> request.toView(shares.getOrDefault(request.id(), List.of()))).toList();
    }
}
