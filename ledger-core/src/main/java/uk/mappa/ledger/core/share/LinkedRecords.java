package uk.mappa.ledger.core.share;

import java.util.Optional;
import uk.mappa.ledger.core.minutes.MinutesDecision;
import uk.mappa.ledger.core.minutes.MinutesRequestId;
import uk.mappa.ledger.core.review.CaseReviewId;
import uk.mappa.ledger.core.review.ReviewTerms;

/** The records a share may link to, as a share command sees them: current to the moment. */
public interface LinkedRecords {

    Optional<ReviewTerms> caseReview(CaseReviewId id);

    Optional<MinutesDecision> minutesRequest(MinutesRequestId id);
}
