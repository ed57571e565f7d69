package uk.mappa.ledger.projections.review;

import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

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

    /** A page of the reviews of these boards (null for all), most recently registered first, after a cursor. */
    public record FindCaseReviews(Set<BodyId> boards, int size, Keyset after) implements LedgerQuery<CaseReviewPage> {

        public FindCaseReviews {
            Page.requireSize(size);
        }

        @Override
        public ResponseType<CaseReviewPage> responseType() {
            return ResponseTypes.instanceOf(CaseReviewPage.class);
        }
    }
}
