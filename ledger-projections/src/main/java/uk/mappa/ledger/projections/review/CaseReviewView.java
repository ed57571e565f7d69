package uk.mappa.ledger.projections.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case review as its board sees it: the other boards' reviews of the same case (found by the keyed digest of
 * the case reference, which is never shown) and the timescales agreed with them.
 */
public record CaseReviewView(String id, String boardBodyId, String kind, LocalDate commissionedOn,
                             Instant registeredAt, List<OtherReview> otherReviews, List<Timescales> timescales) {

    public CaseReviewView {
        otherReviews = List.copyOf(otherReviews);
        timescales = List.copyOf(timescales);
    }

    /** Every board this review concerns: its own, and those reviewing the same case. */
    public List<String> parties() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(boardBodyId),
                otherReviews.stream().map(OtherReview::boardBodyId)).distinct().toList();
    }

    /** Another board's review of the same case. */
    public record OtherReview(String id, String boardBodyId, String kind, LocalDate commissionedOn) {
    }

    /** When each of two reviews of the same case is to report, as the boards agreed, and how they work together. */
    public record Timescales(String reviewId, LocalDate completesBy, String otherReviewId, LocalDate otherCompletesBy,
                             String arrangements, String agreedBy, Instant agreedAt) {
    }
}
