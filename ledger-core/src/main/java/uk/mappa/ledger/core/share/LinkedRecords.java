package uk.mappa.ledger.core.share;

import java.util.Optional;
import java.util.UUID;
import uk.mappa.ledger.core.review.CaseReviewId;
import uk.mappa.ledger.core.review.ReviewTerms;

/** The records a share may link to, as a share command sees them: current to the moment. */
public interface LinkedRecords {

    Optional<ReviewTerms> caseReview(CaseReviewId id);

    /** The chair's decision on a minutes request, as a share of its summary must match it. */
    Optional<MinutesDisclosure> minutesRequest(UUID requestId);
}
