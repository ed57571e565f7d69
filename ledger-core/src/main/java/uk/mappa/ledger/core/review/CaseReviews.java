package uk.mappa.ledger.core.review;

import java.util.Optional;

/** The registered case reviews, current to the moment. */
@FunctionalInterface
public interface CaseReviews {

    Optional<ReviewTerms> find(CaseReviewId id);
}
