package uk.mappa.ledger.core.review;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that happens to a case review. */
public sealed interface CaseReviewEvent extends LedgerEvent {

    CaseReviewId reviewId();

    /** A board registered a review of a case, named only by its keyed digest. */
    @Revision("1")
    record CaseReviewRegistered(CaseReviewId reviewId, BodyId board, ReviewKind kind, CaseDigest caseDigest,
                                LocalDate commissionedOn, String registeredBy) implements CaseReviewEvent {

        @Override
        public List<BodyId> bodiesInvolved() {
            return List.of(board);
        }

        @Override
        public String summary() {
            return board + " registered a " + kind + " commissioned on " + commissionedOn;
        }
    }

    /** The boards of two reviews of the same case agreed when each reports and how they work together. */
    @Revision("1")
    record ReviewTimescalesAgreed(CaseReviewId reviewId, BodyId board, CaseReviewId otherReviewId, BodyId otherBoard,
                                  LocalDate completesBy, LocalDate otherCompletesBy, String arrangements,
                                  String agreedBy) implements CaseReviewEvent {

        @Override
        public List<BodyId> bodiesInvolved() {
            return List.of(board, otherBoard);
        }

        @Override
        public String summary() {
            return board + " and " + otherBoard + " agreed timescales for their reviews of the same case: "
                    + reviewId + " by " + completesBy + ", " + otherReviewId + " by " + otherCompletesBy;
        }
    }
}
