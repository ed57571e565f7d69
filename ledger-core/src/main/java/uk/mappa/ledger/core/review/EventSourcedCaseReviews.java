package uk.mappa.ledger.core.review;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.mappa.ledger.core.ConsultedStreams;
import uk.mappa.ledger.core.FoldedStreams;

/** The case reviews read straight from the event store, as the registers are. */
public final class EventSourcedCaseReviews implements CaseReviews {

    private final FoldedStreams<ReviewTerms> reviews;

    public EventSourcedCaseReviews(EventStore eventStore, ConsultedStreams consulted) {
        this.reviews = new FoldedStreams<>(eventStore, consulted, CaseReview.class.getSimpleName(), (found, payload) ->
                payload instanceof CaseReviewEvent.CaseReviewRegistered registered
                        ? new ReviewTerms(registered.reviewId(), registered.board(), registered.kind(),
                        registered.caseDigest())
                        : found);
    }

    @Override
    public Optional<ReviewTerms> find(CaseReviewId id) {
        return reviews.find(id.toString());
    }
}
