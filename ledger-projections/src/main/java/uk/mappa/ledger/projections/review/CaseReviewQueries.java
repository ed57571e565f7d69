package uk.mappa.ledger.projections.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.LedgerQuery;

/** Questions about case reviews. */
public final class CaseReviewQueries {

    private CaseReviewQueries() {
    }

    public record FindCaseReview(String id) implements LedgerQuery<Optional<CaseReviewView>> {

        @Override
        public ResponseType<Optional<CaseReviewView>> responseType() {
            return ResponseTypes.optionalInstanceOf(CaseReviewView.class);
        }
    }

    /** The reviews of these boards (null for all), most recently registered first. */
    public record FindCaseReviews(Set<BodyId> boards) implements LedgerQuery<List<CaseReviewView>> {

        @Override
        public ResponseType<List<CaseReviewView>> responseType() {
            return ResponseTypes.multipleInstancesOf(CaseReviewView.class);
        }
    }
}
