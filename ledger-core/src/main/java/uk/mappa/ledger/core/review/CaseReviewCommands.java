package uk.mappa.ledger.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** Registering a case review and agreeing its timescales with another board reviewing the same case. */
public final class CaseReviewCommands {

    private CaseReviewCommands() {
    }

    /** @param caseDigest the keyed digest of the case reference; the reference itself never reaches the domain */
    public record RegisterCaseReview(@TargetAggregateIdentifier CaseReviewId reviewId, BodyId board, ReviewKind kind,
                                     CaseDigest caseDigest, LocalDate commissionedOn, Instant now, Actor actor) {

        public RegisterCaseReview {
            Objects.requireNonNull(reviewId, "reviewId");
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(caseDigest, "caseDigest");
            Objects.requireNonNull(commissionedOn, "commissionedOn");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * Two boards reviewing the same case record the timescales they agreed (Merseyside protocol d).
     *
     * @param completesBy      when this review is to report
     * @param otherCompletesBy when the other review is to report
     * @param arrangements     how the two reviews will work together (shared chronology, panel, order of reporting)
     */
    public record AgreeReviewTimescales(@TargetAggregateIdentifier CaseReviewId reviewId, CaseReviewId otherReviewId,
                                        LocalDate completesBy, LocalDate otherCompletesBy, String arrangements,
                                        Instant now, Actor actor) {

        public AgreeReviewTimescales {
            Objects.requireNonNull(reviewId, "reviewId");
            Objects.requireNonNull(otherReviewId, "otherReviewId");
            Objects.requireNonNull(completesBy, "completesBy");
            Objects.requireNonNull(otherCompletesBy, "otherCompletesBy");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
